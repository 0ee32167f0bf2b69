package id.bansos.spark;

import java.io.Serializable;

/**
 * A byte range of the input file; it owns the lines that start inside it.
 *
 * @param index its place among the splits, from 0
 * @param path the file, as a Hadoop path
 * @param start the first byte
 * @param end the byte after the last
 */
record Split(int index, String path, long start, long end) implements Serializable {}
