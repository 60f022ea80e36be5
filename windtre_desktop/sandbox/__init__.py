"""The reference backend: a real FastAPI + uvicorn + SQLite server implementing docs/api.md, with demo data,
fault injection and test controls (windtre-sandbox, or in-process via runner.SandboxServer)."""
