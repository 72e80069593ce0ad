"""Touch dialogs shown as sheets over the board: prep time, reasons, partial refund."""
