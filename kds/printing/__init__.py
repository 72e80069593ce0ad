"""ESC/POS printing: kitchen tickets, receipts, cancellation and refund slips, each printed once.

layout (pure: order -> `TicketDoc`) -> render (bytes, via a python-escpos `Dummy` with the printer's
profile) -> transport (network, USB, serial, file, spooler), run by `queue.PrintQueue` in one thread
per printer, with every job recorded in the print ledger. Import the submodules you need; this
package imports nothing itself, so the pure layout can be used without loading python-escpos.
"""
