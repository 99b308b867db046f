"""Output: rich tables, JSON, JSON Lines, CSV, Markdown and exports."""
