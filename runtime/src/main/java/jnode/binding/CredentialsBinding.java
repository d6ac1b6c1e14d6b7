package jnode.binding;

import jnode.posix.CredentialSyscalls;
import jnode.posix.ErrnoException;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Node's {@code credentials} binding: the set*id calls with an id given as a number or as a
 * user/group name. Each returns 0, a positive code for a name the databases do not know (which
 * JS turns into its error), or -errno.
 */
public final class CredentialsBinding {
    CredentialsBinding(jnode.runtime.Realm realm) {}

    @FunctionalInterface
    private interface IdCall {
        void apply(int id) throws ErrnoException;
    }

    @HostAccess.Export public int setuid(Value id) { return setId(userId(id), CredentialSyscalls::setuid); }
    @HostAccess.Export public int seteuid(Value id) { return setId(userId(id), CredentialSyscalls::seteuid); }
    @HostAccess.Export public int setgid(Value id) { return setId(groupId(id), CredentialSyscalls::setgid); }
    @HostAccess.Export public int setegid(Value id) { return setId(groupId(id), CredentialSyscalls::setegid); }

    private static int setId(long id, IdCall call) {
        if (id < 0) return 1;
        try {
            call.apply((int) id);
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** 0, or i + 1 when groups[i] names no group, or -errno. */
    @HostAccess.Export
    public int setgroups(Value groups) {
        int[] gids = new int[(int) groups.getArraySize()];
        for (int i = 0; i < gids.length; i++) {
            long gid = groupId(groups.getArrayElement(i));
            if (gid < 0) return i + 1;
            gids[i] = (int) gid;
        }
        try {
            CredentialSyscalls.setgroups(gids);
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** 0, 1 for an unknown user id, 2 for an unknown group, or -errno. A user name is taken as is. */
    @HostAccess.Export
    public int initgroups(Value user, Value group) {
        String name = user.isString() ? user.asString() : CredentialSyscalls.nameByUid((int) user.asLong());
        if (name == null) return 1;
        long gid = groupId(group);
        if (gid < 0) return 2;
        try {
            CredentialSyscalls.initgroups(name, (int) gid);
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** The supplementary groups, or -errno. */
    @HostAccess.Export
    public Object getgroups() {
        try {
            return CredentialSyscalls.getgroups();
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    @HostAccess.Export public String strerror(int errno) { return CredentialSyscalls.strerror(errno); }

    private static long userId(Value id) {
        return id.isString() ? CredentialSyscalls.uidByName(id.asString()) : id.asLong();
    }

    private static long groupId(Value id) {
        return id.isString() ? CredentialSyscalls.gidByName(id.asString()) : id.asLong();
    }
}
