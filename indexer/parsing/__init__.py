"""Turning corpus files into typed reports: read -> clean -> parse -> classify -> extract."""
