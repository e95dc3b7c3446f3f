module snappy.java {
    requires java.logging;

    exports org.xerial.snappy;
    exports org.xerial.snappy.buffer;
    exports org.xerial.snappy.pool;

}
