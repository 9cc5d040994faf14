"""Querying the live index: the query language, matching, ranking, snippets and corpus views."""
