/**
 * Reading articles and writing results.
 *
 * <p>Input: {@link org.annals.io.ArticleReader} turns files, directories, JSONL and standard input into a
 * stream of {@link org.annals.io.ReadItem}s (an article, or a one-line problem), never throwing for bad input.
 * Article text is decoded ({@link org.annals.io.TextDecoder}) and normalized
 * ({@link org.annals.io.TextNormalizer}): leading BOM removed, CRLF and CR turned into LF. All offsets
 * in {@code annals.v1} output are UTF-16 code units into this normalized text.
 *
 * <p>Output: {@link org.annals.io.DocumentWriter}s for JSON, JSONL and a readable event table.
 */
package org.annals.io;
