"""Synchronisation of the local store with the server: the Qt-free engine, and the Qt worker."""
