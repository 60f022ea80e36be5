"""Business rules and value types: no Qt, no I/O."""
