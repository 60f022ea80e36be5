"""Files the user exports from a screen (Excel workbooks…): written atomically, without Qt, with the texts
the caller has already translated."""
