package org.mbcoptions.search;

import org.jspecify.annotations.Nullable;

/**
 * One thing found: what kind it is, its name, where it lives, and why it matched (a brand
 * or generic name).
 */
public record SearchHit(String kind, String name, String url, @Nullable String matchedOn, int score) {
}
