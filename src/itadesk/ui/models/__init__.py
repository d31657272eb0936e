"""Table models over domain rows (QAbstractTableModel)."""
