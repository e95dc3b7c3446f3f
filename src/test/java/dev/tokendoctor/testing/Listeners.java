package dev.tokendoctor.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.EventListener;
import javafx.beans.Observable;
import javafx.beans.WeakListener;

/**
 * Counts the live listeners on a view model's observables by reading JavaFX's listener helpers
 * (tests run on the class path, so the fields are reachable). Weak listeners whose owner is
 * already collected are not counted: they are gone in all but bookkeeping.
 */
public final class Listeners {

    /** The live listeners on every observable a view model hands out through a public no-argument method. */
    public static int onViewModel(Object viewModel) throws Exception {
        int total = 0;
        for (Method m : viewModel.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && Observable.class.isAssignableFrom(m.getReturnType())
                    && !Modifier.isStatic(m.getModifiers())) {
                Object value = m.invoke(viewModel);
                int n = value == null ? 0 : on(value);
                total += n;
            }
        }
        return total;
    }

    /** The live listeners on one observable (property, wrapper's read-only side, or list). */
    public static int on(Object observable) throws Exception {
        int count = 0;
        for (Class<?> c = observable.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals("helper") || f.getName().equals("listenerHelper")) {
                    f.setAccessible(true);
                    count += inHelper(f.get(observable));
                }
            }
        }
        return count;
    }

    private static int inHelper(Object helper) throws Exception {
        if (helper == null) {
            return 0;
        }
        int count = 0;
        for (Class<?> c = helper.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object v = f.get(helper);
                if (v instanceof EventListener || isListener(v)) {
                    count += live(v);
                } else if (v != null && v.getClass().isArray() && isListenerArray(v.getClass())) {
                    for (int i = 0; i < Array.getLength(v); i++) {
                        count += live(Array.get(v, i));
                    }
                }
            }
        }
        return count;
    }

    private static boolean isListener(Object v) {
        return v instanceof javafx.beans.InvalidationListener || v instanceof javafx.beans.value.ChangeListener
                || v instanceof javafx.collections.ListChangeListener;
    }

    private static boolean isListenerArray(Class<?> type) {
        Class<?> t = type.getComponentType();
        return javafx.beans.InvalidationListener.class.isAssignableFrom(t) || javafx.beans.value.ChangeListener.class.isAssignableFrom(t)
                || javafx.collections.ListChangeListener.class.isAssignableFrom(t);
    }

    private static int live(Object listener) {
        if (listener == null) {
            return 0;
        }
        boolean live = !(listener instanceof WeakListener w && w.wasGarbageCollected()) && !holdsOnlyACollectedReference(listener);
        return live ? 1 : 0;
    }

    /** Listeners like Bindings.and's that keep a weak reference without declaring themselves weak. */
    private static boolean holdsOnlyACollectedReference(Object listener) {
        for (Field f : listener.getClass().getDeclaredFields()) {
            if (java.lang.ref.Reference.class.isAssignableFrom(f.getType()) && !Modifier.isStatic(f.getModifiers())) {
                try {
                    f.setAccessible(true);
                    java.lang.ref.Reference<?> ref = (java.lang.ref.Reference<?>) f.get(listener);
                    return ref != null && ref.get() == null;
                } catch (IllegalAccessException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private Listeners() {
    }
}
