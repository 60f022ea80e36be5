"""`python3 dev.py soak`: the long proofs of issue 16 (faults, kill points, endurance, API fuzzing, mutation)."""
