"""Issue 16 fast subsets: faults, kill points, endurance, fuzzing and scans, each a short run of its soak part."""
