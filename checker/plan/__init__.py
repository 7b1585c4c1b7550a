"""The plan file: its model, the YAML reader with positions, the schema, the cache and lint."""
