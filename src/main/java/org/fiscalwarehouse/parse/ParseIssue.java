package org.fiscalwarehouse.parse;

/** Something the parser could not place (a table of unknown layout, a missing table); leaves the document partial. */
public record ParseIssue(int page, String title, String message) {
}
