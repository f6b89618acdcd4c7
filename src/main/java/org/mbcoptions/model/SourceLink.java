package org.mbcoptions.model;

import java.time.LocalDate;

/**
 * A source as pages list it: a link with its publisher and date, copied out of the
 * catalogue.
 */
public record SourceLink(String url, String title, String publisher, LocalDate publishedOn) {
}
