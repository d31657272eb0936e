"""One wizard per document, one page per section."""
