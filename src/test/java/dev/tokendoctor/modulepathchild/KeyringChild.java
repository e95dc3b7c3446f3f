package dev.tokendoctor.modulepathchild;

import dev.tokendoctor.storage.SecretStore;
import java.nio.file.Path;

/**
 * Run as {@code java --module-path target/classes:<runtime jars> --add-modules dev.tokendoctor}: the
 * secret store inside the named module, with java-keyring and dbus-java resolved as the app resolves
 * them. Prints where the secrets went and whether the values read back; never a value.
 * (Its own package: one shared with the named module would be hidden by it.)
 */
public final class KeyringChild {

    public static void main(String[] args) throws Exception {
        SecretStore secrets = new SecretStore(Path.of(args[0]));
        String before = secrets.get(SecretStore.CLIENT_SECRET).orElse("");
        secrets.put(SecretStore.PRIVATE_KEY, args[1]);
        boolean same = secrets.get(SecretStore.PRIVATE_KEY).filter(args[1]::equals).isPresent();
        System.out.println("place=" + secrets.place() + " migrated=" + !before.isEmpty() + " readBack=" + same
                + " module=" + SecretStore.class.getModule().getName());
    }

    private KeyringChild() {
    }
}
