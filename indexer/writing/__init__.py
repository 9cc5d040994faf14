"""Writing the index: Whoosh segments plus memory-mapped arrays and views, published atomically."""
