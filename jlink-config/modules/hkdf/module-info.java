module hkdf {
    exports at.favre.lib.crypto;

}
