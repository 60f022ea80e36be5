"""`--smoke-test DIR`: a tour of every screen against the demo backend, one module per section, each
visiting and photographing its own screens (see `tour.py` for the order)."""
