package org.fiscalwarehouse.extract;

/** How the document reached us; parsers read the page model whatever the format. */
public enum SourceFormat {
    PDF,
    HTML,
    /** Cells separated by tabs. */
    TEXT_TABBED,
    /** Markdown pipe tables among plain lines. */
    TEXT_MARKDOWN,
    /** Plain lines; cells are whitespace-separated runs and one table row may wrap over several lines. */
    TEXT_PLAIN
}
