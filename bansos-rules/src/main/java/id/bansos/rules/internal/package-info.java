/** What the library's rules share in their implementation. Not public API: exported to no module. */
package id.bansos.rules.internal;
