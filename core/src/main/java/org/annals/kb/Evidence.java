package org.annals.kb;

/**
 * Where a learned fact was read.
 *
 * @param articleId id of the article
 * @param start character offset of the first character of the phrase (role and name) in the article text
 * @param end offset just after it
 * @param text the phrase as written, for reviewers
 */
public record Evidence(String articleId, int start, int end, String text) {
}
