package jnode.binding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;

/**
 * File-system calls (Node's {@code fs} binding). Relative paths resolve against the realm's cwd.
 * Failures return {@code -errno}; calls that return data return either the data or that number.
 */
public final class FsBinding {
    private final Realm realm;

    FsBinding(Realm realm) {
        this.realm = realm;
    }

    /** The module loader's stat: 0 file, 1 directory, -errno otherwise. */
    @HostAccess.Export
    public int internalModuleStat(String path) {
        try {
            BasicFileAttributes a = Files.readAttributes(Path.of(realm.resolve(path)), BasicFileAttributes.class);
            return a.isDirectory() ? 1 : 0;
        } catch (IOException e) {
            return -errno(e);
        }
    }

    /** The whole file as UTF-8 (invalid bytes become U+FFFD), or -errno. */
    @HostAccess.Export
    public Object readFileUtf8(String path) {
        try {
            return new String(Files.readAllBytes(Path.of(realm.resolve(path))), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return -errno(e);
        }
    }

    /** The canonical path, or -errno. */
    @HostAccess.Export
    public Object realpath(String path) {
        try {
            return Path.of(realm.resolve(path)).toRealPath().toString();
        } catch (IOException e) {
            return -errno(e);
        }
    }

    /** errno for a java.nio failure, for the few calls that go through java.nio. */
    static int errno(IOException e) {
        if (e instanceof NoSuchFileException) return 2;
        if (e instanceof AccessDeniedException) return 13;
        if (e instanceof NotDirectoryException) return 20;
        String reason = e.getMessage() == null ? "" : e.getMessage();
        if (reason.contains("Is a directory")) return 21;
        if (reason.contains("Not a directory")) return 20;
        if (reason.contains("Too many levels of symbolic links")) return 40;
        return 5;
    }

}
