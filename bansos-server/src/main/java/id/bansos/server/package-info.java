/**
 * The library over HTTP (SERVER-V1, {@code bansos serve}): {@link id.bansos.server.BansosApi}
 * handles requests in plain Java, {@link id.bansos.server.BansosServer} adapts it to Javalin 7 on
 * Jetty 12. See {@code docs/server.md}.
 */
package id.bansos.server;
