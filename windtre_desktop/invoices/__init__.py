"""Invoices without Qt: reading, checking and rendering FatturaPA electronic invoices."""
