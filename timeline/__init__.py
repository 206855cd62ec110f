"""Timeline builder: dates, actors and events from articles, merged across languages."""
