package dev.tokendoctor.sandbox;

/** One endpoint of the sandbox. */
@FunctionalInterface
interface Route {
    Answer handle(Request request);
}
