package jnode.binding;

import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What the embedding Java application gives JS and learns from it: host modules and globals,
 * the main module whose exports it calls, the error that ended the realm. Values cross by
 * {@link jnode.runtime.ValueMapping}, whose JS constructors internal/embedding provides.
 */
public final class EmbeddingBinding {
    private final Realm realm;

    EmbeddingBinding(Realm realm) {
        this.realm = realm;
    }

    /** The constructors Java builds JS values with (see ValueMapping). */
    @HostAccess.Export
    public void setHelpers(Value helpers) {
        realm.values().setHelpers(helpers);
    }

    /** The object the embedder exposes as {@code require('host:NAME')}, as JS, or null. */
    @HostAccess.Export
    public Object hostModule(String name) {
        Object module = realm.config().hostModules().get(name);
        return module == null ? null : realm.values().toJs(module);
    }

    /** The names of the globals the embedder defines. */
    @HostAccess.Export
    public Object globalNames() {
        return realm.config().globals().keySet().toArray();
    }

    @HostAccess.Export
    public Object global(String name) {
        return realm.values().toJs(realm.config().globals().get(name));
    }

    /** A host method's result, as JS. */
    @HostAccess.Export
    public Object toJs(Value v) {
        return v.isHostObject() ? realm.values().toJs(v.asHostObject()) : v;
    }

    @HostAccess.Export
    public void setMainModule(Value module) {
        realm.setMainModule(module);
    }

    /** The uncaught error that is ending the realm, for the embedder's exception. */
    @HostAccess.Export
    public void uncaught(Value error) {
        realm.setUncaught(error);
    }
}
