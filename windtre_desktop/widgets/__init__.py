"""Reusable widgets and item models."""
