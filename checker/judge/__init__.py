"""The verdicts: the engine, one module per rule kind, tolerance policy, results and what rules mean."""
