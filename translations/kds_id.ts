<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name></name>
    <message>
        <location filename="../kds/ui/session.py" line="+145"/>
        <source>This screen joined a restaurant that already had its settings: its platform accounts, printers, manager PIN and order handling now come from the restaurant&apos;s database. This screen&apos;s own earlier settings are kept in %1.</source>
        <translation>Layar ini bergabung dengan restoran yang sudah memiliki pengaturannya: akun platform, printer, PIN manajer, dan penanganan pesanan kini diambil dari basis data restoran. Pengaturan lama layar ini disimpan di %1.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Settings saved. KDS reconnected with them.</source>
        <translation>Pengaturan disimpan. KDS tersambung ulang dengan pengaturan baru.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/about.py" line="+60"/>
        <source>Orders database: the restaurant&apos;s PostgreSQL, %1</source>
        <translation>Basis data pesanan: PostgreSQL restoran, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders database: none (kept in memory)</source>
        <translation>Basis data pesanan: tidak ada (disimpan di memori)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders database: this screen&apos;s own SQLite file</source>
        <translation>Basis data pesanan: file SQLite milik layar ini</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>KDS %1</source>
        <translation>KDS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kitchen display and order desk for restaurant counters.</source>
        <translation>Layar dapur dan meja pesanan untuk kasir restoran.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt %1 · PySide6 %2 · Python %3 · %4</source>
        <translation>Qt %1 · PySide6 %2 · Python %3 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logs</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings file</source>
        <translation>Berkas pengaturan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders database</source>
        <translation>Basis data pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: Apache 2.0</source>
        <translation>Lisensi: Apache 2.0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diagnostics for support: the logs (without phone numbers, addresses or passwords), the settings without secrets, and order counts.</source>
        <translation>Diagnostik untuk dukungan: log (tanpa nomor telepon, alamat, atau kata sandi), pengaturan tanpa rahasia, dan jumlah pesanan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export diagnostics</source>
        <translation>Ekspor diagnostik</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export: %1</source>
        <translation>Gagal mengekspor: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1</source>
        <translation>Disimpan di %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About KDS</source>
        <translation>Tentang KDS</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../kds/ui/setup/settings_panel.py" line="+217"/>
        <location filename="../kds/ui/sheets/more.py" line="+42"/>
        <location filename="../kds/ui/sheets/print_problems.py" line="+47"/>
        <location filename="../kds/ui/sheets/recall.py" line="+42"/>
        <location filename="../kds/ui/sheets/report.py" line="+126"/>
        <location filename="../kds/ui/windows/drawer.py" line="+99"/>
        <location filename="../kds/ui/windows/history.py" line="+44"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/credentials.py" line="+69"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay tenant token</source>
        <translation>Token tenant relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant access token</source>
        <translation>Token akses merchant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token (optional)</source>
        <translation>Token refresh (opsional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region (optional, SGN when empty)</source>
        <translation>Wilayah (opsional, SGN jika kosong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product update path (optional)</source>
        <translation>Path pembaruan produk (opsional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose what is set at GoBiz: the clock on each new order follows it.</source>
        <translation>Pilih sesuai pengaturan di GoBiz: hitungan waktu di setiap pesanan baru mengikutinya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only outlets whose mode differs, e.g. G123456789=auto_accept_on_timeout; separate them with commas.</source>
        <translation>Hanya outlet yang modenya berbeda, misalnya G123456789=auto_accept_on_timeout; pisahkan dengan koma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the platform takes BatchUpdateProduct, e.g. /api/v1.0/product/update: sold-out dishes are then switched off in its product list too.</source>
        <translation>Tempat platform menerima BatchUpdateProduct, mis. /api/v1.0/product/update: hidangan yang habis lalu juga dimatikan di daftar produknya.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>API address</source>
        <translation>Alamat API</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Address (base URL)</source>
        <translation>Alamat (URL dasar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in (OAuth) address</source>
        <translation>Alamat login (OAuth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet ID</source>
        <translation>ID outlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode</source>
        <translation>Mode penerimaan pesanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode per outlet (optional)</source>
        <translation>Mode penerimaan per outlet (opsional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay address</source>
        <translation>Alamat relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant IDs</source>
        <translation>ID merchant</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/forms.py" line="+48"/>
        <location filename="../kds/ui/sheets/confirm.py" line="+104"/>
        <location filename="../kds/ui/sheets/store.py" line="+140"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+265"/>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Behaviour</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepting orders</source>
        <translation>Menerima pesanan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm new %1 orders automatically</source>
        <translation>Terima otomatis pesanan baru dari %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off is safer: staff confirm each order. On: every new order is confirmed at once, even when nobody is at the counter.</source>
        <translation>Mati lebih aman: staf menerima setiap pesanan. Nyala: setiap pesanan baru langsung diterima, meski tidak ada orang di kasir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual preparation time</source>
        <translation>Waktu persiapan biasa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Confirm tells the platform.</source>
        <translation>Waktu yang dikirim ke platform saat pesanan diterima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always send the usual time</source>
        <translation>Selalu kirim waktu biasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time</source>
        <translation>Tanya setiap kali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation time</source>
        <translation>Waktu persiapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time: Confirm offers 10 to 45 minutes, the usual time highlighted (only where the platform takes a preparation time).</source>
        <translation>Tanya setiap kali: Terima menawarkan 10 sampai 45 menit, waktu biasa disorot (hanya jika platform menerima waktu persiapan).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sounds</source>
        <translation>Suara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring for new orders and alarms</source>
        <translation>Bunyikan untuk pesanan baru dan peringatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket colours</source>
        <translation>Warna tiket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amber after</source>
        <translation>Kuning setelah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time since the order was accepted.</source>
        <translation>Waktu sejak pesanan diterima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red after</source>
        <translation>Merah setelah</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+134"/>
        <location filename="../kds/ui/windows/drawer.py" line="+188"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to undo Ready, Collected and Delivered</source>
        <translation>Waktu membatalkan Siap, Diambil, dan Terkirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 sends at once, without Undo.</source>
        <translation>0 langsung dikirim, tanpa Urungkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a platform stays closed during these hours for more than a few minutes, the board rings and offers to reopen it. No day ticked: no opening hours.</source>
        <translation>Jika sebuah platform tetap tutup lebih dari beberapa menit pada jam ini, layar berbunyi dan menawarkan untuk membukanya lagi. Tidak ada hari yang dicentang: tidak ada jam buka.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A closing time before the opening time runs past midnight.</source>
        <translation>Jam tutup sebelum jam buka berarti buka melewati tengah malam.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A day&apos;s opening and closing times must differ.</source>
        <translation>Jam buka dan jam tutup satu hari harus berbeda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amber time must be shorter than the red time.</source>
        <translation>Waktu kuning harus lebih singkat dari waktu merah.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Screen</source>
        <translation>Layar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times and prices follow the language&apos;s usual format.</source>
        <translation>Waktu dan harga mengikuti format yang biasa untuk bahasa ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/sheets/more.py" line="-8"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/sheets/more.py" line="+0"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Warna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark is easier on the eyes in a kitchen.</source>
        <translation>Gelap lebih nyaman di mata di dapur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Ukuran teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compact</source>
        <translation>Ringkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card size</source>
        <translation>Ukuran kartu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: compact cards when a column is crowded, full cards otherwise.</source>
        <translation>Otomatis: kartu ringkas saat kolom penuh, kartu lengkap jika tidak.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No clean-up yet.</source>
        <translation>Belum ada pembersihan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last clean-up: %1 %2 — %3 old orders deleted, customer details of %4 orders erased.</source>
        <translation>Pembersihan terakhir: %1 %2 — %3 pesanan lama dihapus, data pelanggan dari %4 pesanan dihapus.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+34"/>
        <source>This screen joins a restaurant</source>
        <translation>Layar ini bergabung dengan restoran</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Kiosk mode: full screen, nothing else on screen</source>
        <translation>Mode kios: layar penuh, tidak ada yang lain di layar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a manager PIN, leaving full screen asks for it.</source>
        <translation>Jika ada PIN manajer, keluar dari layar penuh memintanya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start KDS when this computer starts</source>
        <translation>Jalankan KDS saat komputer menyala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry: %1</source>
        <translation>Entri: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeping data</source>
        <translation>Penyimpanan data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep orders for</source>
        <translation>Simpan pesanan selama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and their history, for the day&apos;s report; older ones are deleted.</source>
        <translation>Pesanan dan riwayatnya, untuk laporan harian; yang lebih lama dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase customer details after</source>
        <translation>Hapus data pelanggan setelah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, phones and addresses, counted from when the order is finished.</source>
        <translation>Nama, telepon, dan alamat, dihitung sejak pesanan selesai.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several screens of one restaurant share one PostgreSQL database. Give every screen the same address; leave it empty for a screen on its own.</source>
        <translation>Beberapa layar di satu restoran berbagi satu basis data PostgreSQL. Isi alamat yang sama di setiap layar; kosongkan untuk layar yang berdiri sendiri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database address</source>
        <translation>Alamat basis data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database password</source>
        <translation>Kata sandi basis data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>Disimpan di keyring komputer ini, tidak pernah di file pengaturan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KDS starts again on the restaurant&apos;s database when you save.</source>
        <translation>KDS dimulai ulang dengan basis data restoran saat Anda menyimpan.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The database address starts with postgresql://</source>
        <translation>Alamat basis data diawali dengan postgresql://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the database password in its own field, not in the address.</source>
        <translation>Ketik kata sandi basis data di kolomnya sendiri, bukan di alamat.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <location filename="../kds/ui/setup/pin.py" line="+78"/>
        <source>Manager PIN</source>
        <translation>PIN manajer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manager PIN is set.</source>
        <translation>PIN manajer sudah diatur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No manager PIN: anyone at the counter can cancel, refund and change settings.</source>
        <translation>Tanpa PIN manajer: siapa pun di kasir bisa membatalkan, refund, dan mengubah pengaturan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4 to 12 digits</source>
        <translation>4 sampai 12 angka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same again</source>
        <translation>ulangi yang sama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the PIN</source>
        <translation>Ganti PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Leave empty to keep it as it is.</source>
        <translation>Opsional. Kosongkan untuk tidak mengubahnya.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/setup/riders_form.py" line="+70"/>
        <source>Optional.</source>
        <translation>Opsional.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the PIN</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the manager PIN</source>
        <translation>Hapus PIN manajer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN is asked for</source>
        <translation>PIN diminta untuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling an order</source>
        <translation>Membatalkan pesanan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds (partial, agree, reject)</source>
        <translation>Refund (sebagian, setujui, tolak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening Settings</source>
        <translation>Membuka Pengaturan</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>PIN harus 4 sampai 12 angka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/pin.py" line="+18"/>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/wording.py" line="+153"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN salah. Coba lagi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Terlalu sering PIN salah. Coba lagi dalam %1 dtk.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/credentials.py" line="+14"/>
        <source>Several stores: separate them with commas.</source>
        <translation>Beberapa toko: pisahkan dengan koma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your relay runs, e.g. https://relay.example.com</source>
        <translation>Alamat relay Anda, mis. https://relay.example.com</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/platforms_form.py" line="+85"/>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/forms.py" line="-123"/>
        <location filename="../kds/ui/setup/platforms_form.py" line="+54"/>
        <source>Saved in the keyring — type to replace</source>
        <translation>Tersimpan di keyring — ketik untuk mengganti</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/platforms_form.py" line="+9"/>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forget the saved credentials</source>
        <translation>Lupakan kredensial tersimpan</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: type %2 to test the connection (a saved secret is never read back into the form).</source>
        <translation>%1: ketik %2 untuk menguji koneksi (rahasia yang tersimpan tidak pernah dibaca kembali ke formulir).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>When the saved access token expires is not known yet; with a refresh token KDS renews it at the first call and learns it.</source>
        <translation>Kapan token akses yang tersimpan kedaluwarsa belum diketahui; dengan token refresh, KDS memperbaruinya pada panggilan pertama dan mengetahuinya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved access token expired on %1.</source>
        <translation>Token akses yang tersimpan sudah kedaluwarsa pada %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved access token is valid until %1; KDS renews it by itself a few days before.</source>
        <translation>Token akses yang tersimpan berlaku sampai %1; KDS memperbaruinya sendiri beberapa hari sebelumnya.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: each merchant ID only once.</source>
        <translation>%1: setiap ID merchant cukup sekali.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 must be an http:// or https:// address, without a password.</source>
        <translation>%1: %2 harus alamat http:// atau https://, tanpa kata sandi.</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+131"/>
        <location line="+12"/>
        <source>%1: fill in %2.</source>
        <translation>%1: isi %2.</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Demo: %1 run on the built-in simulators now. The switches below are this station&apos;s own platforms, used when KDS starts without --demo.</source>
        <translation>Demo: %1 sekarang berjalan di simulator bawaan. Sakelar di bawah adalah platform milik stasiun ini, dipakai saat KDS dijalankan tanpa --demo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is not available on this computer, so the credentials cannot be kept there. Choose another place below, or start the keyring (on Linux: GNOME Keyring or KWallet) and open Settings again.</source>
        <translation>Keyring sistem tidak tersedia di komputer ini, jadi kredensial tidak bisa disimpan di sana. Pilih tempat lain di bawah, atau jalankan keyring (di Linux: GNOME Keyring atau KWallet) lalu buka Pengaturan lagi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted credentials file is locked: tap Connect on the board and enter the manager PIN, then open Settings again.</source>
        <translation>File kredensial terenkripsi terkunci: ketuk Hubungkan di papan dan masukkan PIN manajer, lalu buka Pengaturan lagi.</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>%1: %2 must be a number.</source>
        <translation>%1: %2 harus berupa angka.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_form.py" line="+43"/>
        <source>Kitchen tickets</source>
        <translation>Tiket dapur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>Struk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellations</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: enter the printer&apos;s network address.</source>
        <translation>%1: masukkan alamat jaringan printer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the port must be a number (usually 9100).</source>
        <translation>%1: port harus angka (biasanya 9100).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the USB vendor and product IDs are hexadecimal, like 04b8 and 0e15.</source>
        <translation>%1: ID vendor dan produk USB berupa heksadesimal, seperti 04b8 dan 0e15.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the serial port, like /dev/ttyUSB0 or COM3.</source>
        <translation>%1: masukkan port serial, seperti /dev/ttyUSB0 atau COM3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the device or file, like /dev/usb/lp0.</source>
        <translation>%1: masukkan perangkat atau berkas, seperti /dev/usb/lp0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the name of the system&apos;s printer queue.</source>
        <translation>%1: masukkan nama antrean printer sistem.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every printer needs a name.</source>
        <translation>Setiap printer perlu nama.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: choose at least one kind of document.</source>
        <translation>%1: pilih minimal satu jenis dokumen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printers</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No printer yet. KDS works without one; add it now or later.</source>
        <translation>Belum ada printer. KDS tetap jalan tanpa printer; tambahkan sekarang atau nanti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a printer</source>
        <translation>Tambah printer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer %1</source>
        <translation>Printer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to the screen %1</source>
        <translation>Terhubung ke layar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kitchen</source>
        <translation>dapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/riders_form.py" line="-8"/>
        <location line="+3"/>
        <location filename="../kds/ui/windows/order_text.py" line="+159"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRILL</source>
        <translation>GRILL</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/stations_form.py" line="+28"/>
        <source>Kitchen station</source>
        <translation>Stasiun dapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its kitchen tickets then show only that station&apos;s lines. Empty: every line.</source>
        <translation>Tiket dapurnya hanya memuat item stasiun itu. Kosong: semua item.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Device or file</source>
        <translation>Perangkat atau berkas</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>System printer</source>
        <translation>Printer sistem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../kds/ui/windows/order_text.py" line="+14"/>
        <location line="+2"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor ID</source>
        <translation>ID vendor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product ID</source>
        <translation>ID produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial port</source>
        <translation>Port serial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer queue name</source>
        <translation>Nama antrean printer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed (baud)</source>
        <translation>Kecepatan (baud)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper width</source>
        <translation>Lebar kertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>Code page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CP858 for most Latin text; CP874 Thai; CP1258 Vietnamese.</source>
        <translation>CP858 untuk sebagian besar teks Latin; CP874 Thai; CP1258 Vietnam.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prints</source>
        <translation>Mencetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When confirmed</source>
        <translation>Saat diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it arrives</source>
        <translation>Saat masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked</source>
        <translation>Hanya jika diminta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints by itself</source>
        <translation>Cetak otomatis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the screen</source>
        <translation>Sama dengan layar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed in</source>
        <translation>Dicetak dalam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language of the ticket&apos;s own words.</source>
        <translation>Bahasa kata-kata pada struk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a test page</source>
        <translation>Cetak halaman uji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this printer</source>
        <translation>Hapus printer ini</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Printing a test page…</source>
        <translation>Mencetak halaman uji…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The test page did not print: %1</source>
        <translation>Halaman uji tidak tercetak: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test page sent. Check the printer.</source>
        <translation>Halaman uji terkirim. Periksa printer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Two printers have the same name.</source>
        <translation>Dua printer memiliki nama yang sama.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connect.py" line="+40"/>
        <source>System keyring</source>
        <translation>Keyring sistem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safest place: the system keeps them and KDS reads them at each start.</source>
        <translation>Tempat paling aman: sistem menyimpannya dan KDS membacanya setiap kali mulai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For this run only</source>
        <translation>Hanya untuk sesi ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in memory and gone when KDS closes: nothing is written to disk, but someone must type them again at each start.</source>
        <translation>Disimpan di memori dan hilang saat KDS ditutup: tidak ada yang ditulis ke disk, tetapi seseorang harus mengetiknya lagi setiap kali mulai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted file, opened with the manager PIN</source>
        <translation>File terenkripsi, dibuka dengan PIN manajer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in a file encrypted with a key made from the manager PIN, which unlocks it at each start. Whoever copies the file can try PINs: use a long PIN.</source>
        <translation>Disimpan di file yang dienkripsi dengan kunci dari PIN manajer, yang membukanya setiap kali mulai. Siapa pun yang menyalin file itu bisa mencoba PIN: gunakan PIN yang panjang.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The encrypted file needs a manager PIN: set one first.</source>
        <translation>File terenkripsi memerlukan PIN manajer: atur dulu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="+171"/>
        <source>Connect the platforms</source>
        <translation>Hubungkan platform</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keyring is not available on this computer. Choose where KDS keeps these credentials:</source>
        <translation>Keyring sistem tidak tersedia di komputer ini. Pilih tempat KDS menyimpan kredensial ini:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect</source>
        <translation>Hubungkan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where KDS keeps the credentials.</source>
        <translation>Pilih tempat KDS menyimpan kredensial.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-3"/>
        <source>Unlock the encrypted credentials file</source>
        <translation>Buka kunci file kredensial terenkripsi</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Fill in %1.</source>
        <translation>Isi %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This PIN does not open the encrypted credentials file.</source>
        <translation>PIN ini tidak membuka file kredensial terenkripsi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be read.</source>
        <translation>File kredensial terenkripsi tidak bisa dibaca.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../kds/ui/setup/settings_panel.py" line="-28"/>
        <location filename="../kds/ui/setup/wizard.py" line="+268"/>
        <source>Could not save the settings: %1</source>
        <translation>Gagal menyimpan pengaturan: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/settings_panel.py" line="+4"/>
        <location filename="../kds/ui/windows/main_window.py" line="+440"/>
        <source>Not saved — the restaurant database is not reachable</source>
        <translation>Tidak tersimpan — basis data restoran tidak dapat dijangkau</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Settings</source>
        <translation>Setelan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/station.py" line="+117"/>
        <source>The credentials were not saved: the encrypted credentials file is locked. Tap Connect on the board and enter the manager PIN to unlock it.</source>
        <translation>Kredensial tidak disimpan: file kredensial terenkripsi terkunci. Ketuk Hubungkan di papan dan masukkan PIN manajer untuk membukanya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credentials were not saved: the system keyring is not available. On the Platforms page choose to keep them for this run only, or in a file encrypted with the manager PIN.</source>
        <translation>Kredensial tidak disimpan: keyring sistem tidak tersedia. Di halaman Platform, pilih untuk menyimpannya hanya untuk sesi ini, atau di file yang dienkripsi dengan PIN manajer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not change starting with the system: %1</source>
        <translation>Gagal mengubah jalan saat komputer menyala: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The restaurant&apos;s settings were saved on this screen only: its database cannot be reached. Save them again once it is back, or the other screens keep theirs.</source>
        <translation>Pengaturan restoran hanya tersimpan di layar ini: basis datanya tidak dapat dijangkau. Simpan lagi setelah tersambung kembali; layar lain tetap memakai pengaturan mereka.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The encrypted credentials file was made with another manager PIN; enter that PIN on the board to unlock it.</source>
        <translation>File kredensial terenkripsi dibuat dengan PIN manajer lain; masukkan PIN itu di papan untuk membukanya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be written.</source>
        <translation>File kredensial terenkripsi tidak bisa ditulis.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>KDS cannot open this database: %1</source>
        <translation>KDS tidak dapat membuka basis data ini: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the system keyring is not available, so its credentials cannot be read</source>
        <translation>keyring sistem tidak tersedia, jadi kredensialnya tidak bisa dibaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted credentials file is locked until the manager PIN is entered</source>
        <translation>file kredensial terenkripsi terkunci sampai PIN manajer dimasukkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credentials missing from the system keyring: %1</source>
        <translation>kredensial tidak ada di keyring sistem: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set up yet: %1</source>
        <translation>belum diatur: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KDS cannot connect to this platform yet</source>
        <translation>KDS belum bisa terhubung ke platform ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform settings are not valid: %1</source>
        <translation>pengaturan platform tidak valid: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not connected: %2.</source>
        <translation>%1 tidak terhubung: %2.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="-79"/>
        <source>Missed (not accepted in time)</source>
        <translation>Terlewat (tidak diterima tepat waktu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the restaurant</source>
        <translation>Dibatalkan oleh restoran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the customer</source>
        <translation>Dibatalkan oleh pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the platform</source>
        <translation>Dibatalkan oleh platform</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Received</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/widgets/board_view.py" line="+89"/>
        <location filename="../kds/ui/wording.py" line="-100"/>
        <location line="+17"/>
        <location line="+126"/>
        <location line="+33"/>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reasons</source>
        <translation>alasan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds in full</source>
        <translation>Refund penuh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds in part</source>
        <translation>Refund sebagian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross sales</source>
        <translation>Penjualan kotor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net sales</source>
        <translation>Penjualan bersih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid / not paid</source>
        <translation>Lunas / belum lunas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to accept: median · 90% · worst</source>
        <translation>Waktu terima: median · 90% · terlama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to ready: median · 90%</source>
        <translation>Waktu siap: median · 90%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes paused</source>
        <translation>Menit dijeda</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day&apos;s report</source>
        <translation>Laporan harian</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>◀ Day before</source>
        <translation>◀ Hari sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day after ▶</source>
        <translation>Hari berikutnya ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From −</source>
        <translation>Dari −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From +</source>
        <translation>Dari +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To −</source>
        <translation>Sampai −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To +</source>
        <translation>Sampai +</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print end-of-day slip</source>
        <translation>Cetak struk tutup hari</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+10"/>
        <source>Could not save the file: %1</source>
        <translation>Berkas tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+25"/>
        <source>Saved %1</source>
        <translation>Tersimpan di %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printer prints receipts: set one up in Settings.</source>
        <translation>Tidak ada printer untuk struk: atur di Pengaturan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End-of-day slip sent to the printer.</source>
        <translation>Struk tutup hari dikirim ke printer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end-of-day slip was already printed.</source>
        <translation>Struk tutup hari sudah dicetak.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/wizard.py" line="-208"/>
        <source>Check and finish</source>
        <translation>Periksa dan selesai</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language: %1</source>
        <translation>Bahasa: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms: %1</source>
        <translation>Platform: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Printers: %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usual preparation time: %1 min</source>
        <translation>Waktu persiapan biasa: %1 mnt</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Riders: %1</source>
        <translation>Kurir: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager PIN: %1</source>
        <translation>PIN manajer: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation>diatur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: in the restaurant&apos;s database %1</source>
        <translation>Pesanan: di basis data restoran %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: kept on this screen</source>
        <translation>Pesanan: disimpan di layar ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New orders are confirmed automatically for: %1</source>
        <translation>Pesanan baru diterima otomatis untuk: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credentials: %1</source>
        <translation>Kredensial: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparation time: asked at each Confirm (usual: %1 min)</source>
        <translation>Waktu persiapan: ditanyakan setiap Konfirmasi (biasa: %1 mnt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system keyring is not available and no other place for the credentials was chosen (Platforms page), so they will not be saved</source>
        <translation>keyring sistem tidak tersedia dan tidak ada tempat lain yang dipilih untuk kredensial (halaman Platform), jadi kredensial tidak akan disimpan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encrypted credentials file needs a manager PIN (Manager PIN page)</source>
        <translation>file kredensial terenkripsi memerlukan PIN manajer (halaman PIN manajer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected after Finish: %1. Why: %2.</source>
        <translation>Tidak terhubung setelah Selesai: %1. Alasannya: %2.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Optional: when several screens work together, the restaurant&apos;s database.</source>
        <translation>Opsional: basis data restoran, saat beberapa layar bekerja bersama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check, then tap Finish.</source>
        <translation>Periksa, lalu ketuk Selesai.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Set up KDS</source>
        <translation>Atur KDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>Langkah %1 dari %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to KDS. A few questions and the board opens; everything can be changed later in Settings.</source>
        <translation>Selamat datang di KDS. Jawab beberapa pertanyaan dan papan pesanan terbuka; semuanya bisa diubah nanti di Pengaturan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch on the platforms this restaurant sells on.</source>
        <translation>Nyalakan platform tempat restoran ini berjualan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the thermal printer for kitchen tickets and receipts.</source>
        <translation>Opsional: printer thermal untuk tiket dapur dan struk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How new orders are handled.</source>
        <translation>Cara pesanan baru ditangani.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a PIN that managers type to cancel, refund or change settings.</source>
        <translation>Opsional: PIN yang diketik manajer untuk membatalkan, refund, atau mengubah pengaturan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/widgets/overlay.py" line="+112"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/confirm.py" line="-9"/>
        <source>Confirm %1 — ready in how long?</source>
        <translation>Terima %1 — siap dalam berapa lama?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform tells the customer and the rider.</source>
        <translation>Platform memberi tahu pelanggan dan driver.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 min · usual</source>
        <translation>%1 mnt · biasa</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/reason.py" line="+45"/>
        <source>Why?</source>
        <translation>Kenapa?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Which dishes ran out?</source>
        <translation>Hidangan apa yang habis?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also mark them sold out until end of day</source>
        <translation>Tandai juga habis sampai akhir hari</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../kds/ui/sheets/refund.py" line="+138"/>
        <source>Write why (needed for “Other”)</source>
        <translation>Tulis alasannya (wajib untuk “Lainnya”)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write why</source>
        <translation>Tulis alasannya</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a reason.</source>
        <translation>Pilih alasan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a few words for the platform.</source>
        <translation>Tulis beberapa kata untuk platform.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/refund.py" line="-97"/>
        <source>%1 each</source>
        <translation>%1 per item</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Partial refund — %1</source>
        <translation>Refund sebagian — %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tap again to refund</source>
        <translation>Ketuk lagi untuk refund</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing left to refund</source>
        <translation>Tidak ada lagi yang bisa di-refund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left to refund</source>
        <translation>Sisa %1 yang bisa di-refund</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking the platform what is left to refund…</source>
        <translation>Menanyakan ke platform apa yang masih bisa di-refund…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform could not say what is left to refund: quantities and amount are estimates.</source>
        <translation>Platform tidak bisa menyebutkan apa yang masih bisa di-refund: jumlah barang dan nominal adalah perkiraan.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Refund amount (from the platform): %1</source>
        <translation>Jumlah refund (dari platform): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund amount (estimate): %1</source>
        <translation>Jumlah refund (perkiraan): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund %1</source>
        <translation>Refund %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tap again to refund %1</source>
        <translation>Ketuk lagi untuk refund %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/board.py" line="+207"/>
        <source>Confirming…</source>
        <translation>Menerima…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+116"/>
        <source>time is up</source>
        <translation>waktu habis</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+5"/>
        <source>accepted automatically in</source>
        <translation>diterima otomatis dalam</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-151"/>
        <source>Scheduled %1</source>
        <translation>Terjadwal %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation>Sebelum %1</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Code %1</source>
        <translation>Kode %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+8"/>
        <location line="+129"/>
        <source>Refund requested</source>
        <translation>Refund diminta</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-216"/>
        <source>Reading the address…</source>
        <translation>Membaca alamat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address not available: see the platform app</source>
        <translation>Alamat tidak tersedia: lihat aplikasi platform</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../kds/ui/windows/order_text.py" line="-55"/>
        <source>whole order</source>
        <translation>seluruh pesanan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ORDER DETAILS COULD NOT BE READ</source>
        <translation>DETAIL PESANAN TIDAK DAPAT DIBACA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this order on the %1 tablet.</source>
        <translation>Periksa pesanan ini di tablet %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Refunded 1 item · %1</source>
        <translation>1 item di-refund · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded %1 items · %2</source>
        <translation>%1 item di-refund · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded · %1</source>
        <translation>Sudah di-refund · %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CANCELLED BY THE CUSTOMER</source>
        <translation>DIBATALKAN PELANGGAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>CANCELLED BY THE PLATFORM</source>
        <translation>DIBATALKAN PLATFORM</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>CANCELLED</source>
        <translation>DIBATALKAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop preparing this order.</source>
        <translation>Hentikan persiapan pesanan ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../kds/ui/wording.py" line="-167"/>
        <location line="+37"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/wording.py" line="-182"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>Collected</source>
        <translation>Sudah diambil</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/wording.py" line="+110"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out since</source>
        <translation>Keluar sejak</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 in a moment…</source>
        <translation>Segera dikirim: %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending %1…</source>
        <translation>Mengirim %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying %1: %2</source>
        <translation>Mencoba lagi %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry %1</source>
        <translation>Coba lagi %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed — %2</source>
        <translation>%1 gagal — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../kds/ui/wording.py" line="-137"/>
        <source>Reject…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Details not readable yet — retrying. Use the %1 tablet if it cannot wait.</source>
        <translation>Detail belum bisa dibaca — mencoba lagi. Gunakan tablet %1 jika tidak bisa menunggu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK, seen</source>
        <translation>OK, sudah dilihat</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/viewmodels/stations.py" line="+103"/>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/viewmodels/stations.py" line="+0"/>
        <source>%1 items</source>
        <translation>%1 item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order details not read</source>
        <translation>Detail pesanan belum terbaca</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/health.py" line="+126"/>
        <source>not connected</source>
        <translation>tidak terhubung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>polled by %1</source>
        <translation>dicek oleh %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polled by another screen</source>
        <translation>dicek oleh layar lain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connecting…</source>
        <translation>menghubungkan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polled %1</source>
        <translation>dicek %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>last good poll %1</source>
        <translation>cek berhasil terakhir %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>token expires %1</source>
        <translation>token kedaluwarsa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token renewal failed</source>
        <translation>pembaruan token gagal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token expired</source>
        <translation>token kedaluwarsa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the merchant access token has expired, so actions and order details fail. Enter a new token in Settings.</source>
        <translation>%1: token akses merchant sudah kedaluwarsa, jadi tindakan dan detail pesanan gagal. Masukkan token baru di Pengaturan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2); KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1: pembaruan token akses merchant gagal (%2); KDS mencoba lagi. Jika terus begini, masukkan token baru di Pengaturan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2). It works until %3; KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1: pembaruan token akses merchant gagal (%2). Token masih berfungsi sampai %3; KDS mencoba lagi. Jika terus begini, masukkan token baru di Pengaturan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3. KDS renews it by itself; if it cannot, enter a new token in Settings.</source>
        <translation>%1: token akses merchant kedaluwarsa pada %3. KDS memperbaruinya sendiri; jika tidak bisa, masukkan token baru di Pengaturan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3 and KDS cannot renew it (no refresh token). Enter a new token in Settings before then.</source>
        <translation>%1: token akses merchant kedaluwarsa pada %3 dan KDS tidak bisa memperbaruinya (tidak ada token refresh). Masukkan token baru di Pengaturan sebelum itu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 failed polls in a row)</source>
        <translation>%1 (%2 kali gagal berturut-turut)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ORDERS MAY BE MISSED. </source>
        <translation>PESANAN BISA TERLEWAT. </translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="+31"/>
        <location filename="../kds/ui/windows/main_window.py" line="+195"/>
        <source>KDS</source>
        <translation>KDS</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-3"/>
        <location filename="../kds/ui/widgets/bars.py" line="+12"/>
        <location line="+33"/>
        <source>More</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../kds/ui/widgets/bars.py" line="-35"/>
        <location line="+34"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-33"/>
        <location line="+23"/>
        <source>Mute 5 min</source>
        <translation>Bisukan 5 mnt</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Full screen</source>
        <translation>Layar penuh</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-3"/>
        <source>Muted %1</source>
        <translation>Dibisukan %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sound is off — no audio device</source>
        <translation>Suara mati — tidak ada perangkat audio</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../kds/ui/windows/main_window.py" line="+35"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tap Confirm to accept · tap a card for details</source>
        <translation>Ketuk Terima untuk menerima · ketuk kartu untuk detail</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/board_view.py" line="-2"/>
        <location filename="../kds/ui/wording.py" line="+133"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <location line="+33"/>
        <source>Preparing</source>
        <translation>Disiapkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out / Done</source>
        <translation>Keluar / Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No new orders.
New orders ring and appear here.</source>
        <translation>Tidak ada pesanan baru.
Pesanan baru berbunyi dan muncul di sini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing being prepared.</source>
        <translation>Tidak ada yang sedang disiapkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing waiting for pickup.</source>
        <translation>Tidak ada yang menunggu diambil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished orders stay here for 30 minutes.</source>
        <translation>Pesanan selesai tetap di sini selama 30 menit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scheduled orders.</source>
        <translation>Tidak ada pesanan terjadwal.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>+ %1 more below · %2 cancelled</source>
        <translation>+ %1 lagi di bawah · %2 dibatalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 more below</source>
        <translation>+ %1 lagi di bawah</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_delegate.py" line="+229"/>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+34"/>
        <source>Undo %1</source>
        <translation>Urungkan %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_layout.py" line="+207"/>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/drawer.py" line="-170"/>
        <source>Printing</source>
        <translation>Pencetakan</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reprint kitchen ticket</source>
        <translation>Cetak ulang tiket dapur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print kitchen ticket</source>
        <translation>Cetak tiket dapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint receipt</source>
        <translation>Cetak ulang struk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print receipt</source>
        <translation>Cetak struk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint delivery slip</source>
        <translation>Cetak ulang slip antar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print delivery slip</source>
        <translation>Cetak slip antar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>placed %1</source>
        <translation>dipesan %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheduled %1</source>
        <translation>terjadwal %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled: %1</source>
        <translation>dibatalkan: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/history.py" line="-3"/>
        <source>Today&apos;s finished orders</source>
        <translation>Pesanan selesai hari ini</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search by order number, customer or item</source>
        <translation>Cari nomor pesanan, pelanggan, atau item</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 order</source>
        <translation>1 pesanan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation>%1 pesanan</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-558"/>
        <location line="+547"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+80"/>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="-512"/>
        <location line="+520"/>
        <source>All-day</source>
        <translation>Total menu</translation>
    </message>
    <message>
        <location line="-509"/>
        <location line="+507"/>
        <source>Recall</source>
        <translation>Panggil ulang</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-477"/>
        <location line="+486"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-21"/>
        <location line="+24"/>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <location line="-484"/>
        <location line="+482"/>
        <source>Connect…</source>
        <translation>Hubungkan…</translation>
    </message>
    <message>
        <location line="-477"/>
        <source>Reopen</source>
        <translation>Buka lagi</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 new · %2 preparing · %3 ready</source>
        <translation>%1 baru · %2 disiapkan · %3 siap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear all seen (%1)</source>
        <translation>Semua dilihat (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 closed your store after a missed order</source>
        <translation>%1 menutup toko Anda setelah ada pesanan yang terlewat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your store is still closed on %1 during opening hours</source>
        <translation>Toko Anda masih tutup di %1 pada jam buka</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pause the store</source>
        <translation>Jeda toko</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>See the day&apos;s report</source>
        <translation>Lihat laporan hari ini</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-45"/>
        <source>Restaurant database not reachable — retrying… (%1)</source>
        <translation>Basis data restoran tidak dapat dijangkau — mencoba lagi… (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong and was logged: %1</source>
        <translation>Terjadi kesalahan dan sudah dicatat: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too late to undo: it was already sent.</source>
        <translation>Terlambat untuk membatalkan: sudah terkirim.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/print_wiring.py" line="+60"/>
        <source>Nothing was sent: no printer prints this.</source>
        <translation>Tidak ada yang dikirim: tidak ada printer untuk ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This job is not waiting for a retry any more.</source>
        <translation>Pekerjaan cetak ini sudah tidak menunggu dicoba lagi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: REPRINT #%2 sent to %3</source>
        <translation>%1: CETAK ULANG #%2 dikirim ke %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent to %2</source>
        <translation>%1 dikirim ke %2</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_sheets.py" line="+106"/>
        <source>Cancel order %1?</source>
        <translation>Batalkan pesanan %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1</source>
        <translation>Batalkan pesanan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel %1</source>
        <translation>Ketuk lagi untuk membatalkan %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer gets the whole order refunded.</source>
        <translation>Pelanggan mendapat pengembalian dana untuk seluruh pesanan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer gets the requested items refunded.</source>
        <translation>Pelanggan mendapat pengembalian dana untuk item yang diminta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount: %1</source>
        <translation>Jumlah: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree to the refund request of %1?</source>
        <translation>Setujui permintaan pengembalian dana %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to agree to the refund</source>
        <translation>Ketuk lagi untuk menyetujui pengembalian dana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reject the refund request of %1?</source>
        <translation>Tolak permintaan refund %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="-150"/>
        <source>Reject refund</source>
        <translation>Tolak refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to reject the refund</source>
        <translation>Ketuk lagi untuk menolak refund</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dispatch %1 — who takes it?</source>
        <translation>Kirim %1 — siapa yang mengantar?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who takes %1 now?</source>
        <translation>Siapa yang mengantar %1 sekarang?</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-65"/>
        <location line="+4"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+57"/>
        <source>Open Settings</source>
        <translation>Buka Pengaturan</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Saved. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>Tersimpan. Pengaturan platform, printer, dan pesanan berlaku saat KDS dijalankan lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved.</source>
        <translation>Pengaturan disimpan.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another screen changed the restaurant&apos;s settings. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>Layar lain mengubah pengaturan restoran. Pengaturan platform, printer, dan pesanan berlaku saat KDS dimulai lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another screen changed the restaurant&apos;s settings: they apply here too.</source>
        <translation>Layar lain mengubah pengaturan restoran: pengaturan itu juga berlaku di sini.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+115"/>
        <source>Leave full screen</source>
        <translation>Keluar dari layar penuh</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="+2"/>
        <source>Exit full screen</source>
        <translation>Keluar dari layar penuh</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+43"/>
        <source>KDS · DEMO</source>
        <translation>KDS · DEMO</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/bump_bar.py" line="+114"/>
        <source>Select a ticket with its number first.</source>
        <translation>Pilih tiket dengan nomornya dulu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter has nothing to do for this ticket; Space opens it.</source>
        <translation>Enter tidak melakukan apa pun untuk tiket ini; Spasi membukanya.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="-42"/>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order note</source>
        <translation>Catatan pesanan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled — payment settled</source>
        <translation>Dibatalkan — pembayaran sudah lunas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paid yet</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>paid online</source>
        <translation>dibayar online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>collect on delivery</source>
        <translation>bayar saat diantar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change for %1</source>
        <translation>kembalian untuk %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payment details</source>
        <translation>Tidak ada detail pembayaran</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="-286"/>
        <location filename="../kds/ui/windows/order_text.py" line="+10"/>
        <location filename="../kds/ui/wording.py" line="+160"/>
        <source>Refunded</source>
        <translation>Sudah di-refund</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="+7"/>
        <source>no phone number</source>
        <translation>tidak ada nomor telepon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden by the platform</source>
        <translation>disembunyikan platform</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>decrypting for your rider…</source>
        <translation>sedang didekripsi untuk kurir Anda…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decrypted once the order is accepted</source>
        <translation>didekripsi setelah pesanan diterima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform did not decrypt it</source>
        <translation>platform tidak mendekripsinya</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/riders_form.py" line="-23"/>
        <source>Riders</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own riders, for orders the restaurant delivers itself. Dispatch asks which one takes the order and tells the platform, so the customer knows who is coming.</source>
        <translation>Kurir milik restoran, untuk pesanan yang diantar restoran sendiri. Kirim menanyakan siapa yang mengantar dan memberi tahu platform, agar pelanggan tahu siapa yang datang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rider</source>
        <translation>Tambah kurir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rider %1</source>
        <translation>Kurir %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/order_text.py" line="+15"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With the country code, e.g. +852.</source>
        <translation>Dengan kode negara, mis. +62.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vehicle</source>
        <translation>Kendaraan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Pelat nomor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rider</source>
        <translation>Hapus kurir ini</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Rider %1: check the name, the phone (digits, spaces and + only) and the plate.</source>
        <translation>Kurir %1: periksa nama, telepon (hanya angka, spasi, dan +) dan pelat nomor.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="+2"/>
        <source>Orders here</source>
        <translation>Pesanan di sini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encrypted until decrypted for your rider</source>
        <translation>terenkripsi sampai dibuka untuk kurir Anda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rider</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup code</source>
        <translation>Kode ambil</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not acknowledged yet</source>
        <translation>belum dikonfirmasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events stored</source>
        <translation>Tidak ada event tersimpan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 attempts</source>
        <translation>%1 percobaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already done on the platform</source>
        <translation>sudah dilakukan di platform</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions yet</source>
        <translation>Belum ada tindakan</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-186"/>
        <location line="+17"/>
        <source>Confirm</source>
        <translation>Terima</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Dispatch</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+142"/>
        <location line="+120"/>
        <source>Delivered</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Change rider…</source>
        <translation>Ganti kurir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>Batalkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_sheets.py" line="-27"/>
        <location filename="../kds/ui/wording.py" line="+18"/>
        <source>Agree refund</source>
        <translation>Setujui refund</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-3"/>
        <source>Change rider</source>
        <translation>Ganti kurir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+164"/>
        <source>Partial refund</source>
        <translation>Refund sebagian</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/board.py" line="-12"/>
        <location filename="../kds/ui/wording.py" line="-154"/>
        <location line="+141"/>
        <source>Confirmed</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-140"/>
        <source>Marked ready</source>
        <translation>Ditandai siap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatched</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider changed</source>
        <translation>Kurir diganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation sent</source>
        <translation>Pembatalan terkirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund sent</source>
        <translation>Refund terkirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund agreed</source>
        <translation>Refund disetujui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund rejected</source>
        <translation>Refund ditolak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>mengirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_test.py" line="+55"/>
        <source>the printer could not be reached</source>
        <translation>printer tidak bisa dihubungi</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the test page could not be queued</source>
        <translation>halaman uji tidak bisa dimasukkan ke antrean</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the printer did not finish the test page in time</source>
        <translation>printer tidak menyelesaikan halaman uji tepat waktu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/sheets/store.py" line="-79"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-46"/>
        <source>Agree refund…</source>
        <translation>Setujui refund…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>undone</source>
        <translation>diurungkan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform rejected our login</source>
        <translation>Platform menolak login kami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the platform</source>
        <translation>Tidak bisa menghubungi platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform refused</source>
        <translation>Platform menolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible in the order&apos;s current state</source>
        <translation>Tidak bisa pada status pesanan sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform sent an unreadable answer</source>
        <translation>Platform mengirim jawaban yang tidak terbaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order is not stored</source>
        <translation>Pesanan tidak tersimpan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This order is no longer on this screen.</source>
        <translation>Pesanan ini sudah tidak ada di layar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible any more: the order has moved on.</source>
        <translation>Sudah tidak bisa: status pesanan sudah berubah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason first.</source>
        <translation>Pilih alasan dulu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one item.</source>
        <translation>Pilih minimal satu item.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rider first.</source>
        <translation>Pilih kurir dulu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action could not be recorded.</source>
        <translation>Tindakan tidak bisa dicatat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>motorbike</source>
        <translation>motor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scooter</source>
        <translation>skuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bicycle</source>
        <translation>sepeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>car</source>
        <translation>mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on foot</source>
        <translation>jalan kaki</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login rejected: check the platform credentials</source>
        <translation>login ditolak: periksa kredensial platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowed down by the platform (rate limit)</source>
        <translation>diperlambat platform (batas permintaan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the platform</source>
        <translation>tidak bisa menghubungi platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform sent unreadable data</source>
        <translation>platform mengirim data yang tidak terbaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some order details not read yet (retrying)</source>
        <translation>beberapa detail pesanan belum terbaca (mencoba lagi)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reported a notification error</source>
        <translation>%1 melaporkan gangguan notifikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reported a notification error: %2</source>
        <translation>%1 melaporkan gangguan notifikasi: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported a problem</source>
        <translation>%1 melaporkan masalah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 reported a problem: %2</source>
        <translation>%1 melaporkan masalah: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivery</source>
        <translation>Antar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickup</source>
        <translation>Ambil sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own delivery</source>
        <translation>Kurir sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dine-in</source>
        <translation>Makan di tempat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed by the platform</source>
        <translation>Ditutup oleh platform</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its final time passed</source>
        <translation>batas waktu akhirnya lewat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not marked collected in time</source>
        <translation>tidak ditandai diambil tepat waktu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out for delivery</source>
        <translation>Sedang diantar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked up</source>
        <translation>Sudah diambil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation asked for</source>
        <translation>Pembatalan diminta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation refused</source>
        <translation>Pembatalan ditolak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund not given</source>
        <translation>Refund tidak diberikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider update</source>
        <translation>Kabar kurir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>our action went through</source>
        <translation>tindakan kita berhasil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by the customer</source>
        <translation>oleh pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by the restaurant</source>
        <translation>oleh restoran</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>by the platform</source>
        <translation>oleh platform</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivery fee</source>
        <translation>Ongkos kirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fee</source>
        <translation>Biaya layanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging</source>
        <translation>Kemasan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>Kartu kredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit card</source>
        <translation>Kartu debit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal voucher</source>
        <translation>Voucher makan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food voucher</source>
        <translation>Voucher belanja makanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital wallet</source>
        <translation>Dompet digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepaid</source>
        <translation>Prabayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SOLD OUT</source>
        <translation>HABIS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID check</source>
        <translation>Cek identitas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allergy</source>
        <translation>Alergi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accept within</source>
        <translation>terima dalam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer within</source>
        <translation>jawab dalam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start in</source>
        <translation>mulai dalam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparing</source>
        <translation>disiapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready for</source>
        <translation>siap sejak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Out of some dishes</source>
        <translation>Beberapa menu habis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing / not trading now</source>
        <translation>Tutup / tidak buka sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough staff</source>
        <translation>Staf kurang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (write why)</source>
        <translation>Lainnya (tulis alasannya)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food already prepared</source>
        <translation>Makanan sudah dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already out for delivery</source>
        <translation>Sudah diantar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item out of stock</source>
        <translation>Item habis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items out of stock</source>
        <translation>Beberapa item habis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item damaged</source>
        <translation>Item rusak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Item salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer asked</source>
        <translation>Permintaan pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too busy</source>
        <translation>Terlalu ramai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restaurant closed</source>
        <translation>Restoran tutup</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rider assigned</source>
        <translation>Driver ditugaskan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider on the way</source>
        <translation>Driver dalam perjalanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider here</source>
        <translation>Driver sudah tiba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider picked up</source>
        <translation>Driver sudah mengambil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider delivering</source>
        <translation>Driver sedang mengantar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider cancelled</source>
        <translation>Driver membatalkan</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-224"/>
        <location filename="../kds/ui/wording.py" line="+2"/>
        <source>Rider: %1</source>
        <translation>Driver: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+10"/>
        <source>Refund request — status %1</source>
        <translation>Permintaan refund — status %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s ago</source>
        <translation>%1 dtk lalu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>%1 mnt lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h ago</source>
        <translation>%1 jam lalu</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/print_problems.py" line="-20"/>
        <source>Print jobs that did not print</source>
        <translation>Cetakan yang gagal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry sends a job again. If a job was cut off, look at the printer: Printed OK if the paper is there, else Reprint.</source>
        <translation>Coba lagi mengirim ulang. Jika cetakan terputus, lihat printer: Sudah tercetak jika kertasnya ada, jika tidak Cetak ulang.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing left to do: every job printed.</source>
        <translation>Tidak ada lagi: semua sudah tercetak.</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/print_lines.py" line="+61"/>
        <source>ready</source>
        <translation>siap</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>printing…</source>
        <translation>mencetak…</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>paper low</source>
        <translation>kertas hampir habis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper out</source>
        <translation>kertas habis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked yet</source>
        <translation>belum diperiksa</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The printer does not report its paper; the last connection worked.</source>
        <translation>Printer tidak melaporkan kertasnya; koneksi terakhir berhasil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/drawer.py" line="-114"/>
        <source>Kitchen ticket</source>
        <translation>Tiket dapur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Receipt</source>
        <translation>Struk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation slip</source>
        <translation>Slip pembatalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund slip</source>
        <translation>Slip refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Delivery slip</source>
        <translation>Slip antar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test page</source>
        <translation>Halaman uji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-day slip</source>
        <translation>Struk tutup hari</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 · REPRINT #%2</source>
        <translation>%1 · CETAK ULANG #%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not print; a later copy did</source>
        <translation>tidak tercetak; salinan berikutnya tercetak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to print</source>
        <translation>menunggu dicetak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>printed %1</source>
        <translation>tercetak %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed: %1</source>
        <translation>tidak tercetak: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown error</source>
        <translation>kesalahan tidak diketahui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trying again at %1</source>
        <translation>dicoba lagi pukul %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may have printed: it was cut off while printing. Check the printer.</source>
        <translation>mungkin sudah tercetak: terputus saat mencetak. Periksa printer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed OK</source>
        <translation>Sudah tercetak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint</source>
        <translation>Cetak ulang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open order</source>
        <translation>Buka pesanan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kitchen ticket not printed</source>
        <translation>Tiket dapur belum tercetak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kitchen ticket may not have printed</source>
        <translation>Tiket dapur mungkin belum tercetak</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/printer_status.py" line="+23"/>
        <source>⚠ 1 print job did not print</source>
        <translation>⚠ 1 cetakan gagal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 print jobs did not print</source>
        <translation>⚠ %1 cetakan gagal</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/receipt_preview.py" line="+94"/>
        <source>No preview: a font the printer&apos;s pictures need is not installed.</source>
        <translation>Tidak ada pratinjau: font untuk gambar cetakan belum terpasang.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/rider.py" line="+42"/>
        <source>Now with %1.</source>
        <translation>Sekarang dibawa %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform tells the customer who is coming.</source>
        <translation>Platform memberi tahu pelanggan siapa yang datang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No riders yet: add your riders in Settings → Riders.</source>
        <translation>Belum ada kurir: tambahkan di Pengaturan → Kurir.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dispatch without a name</source>
        <translation>Kirim tanpa nama</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connection_test.py" line="+37"/>
        <source>These settings cannot be used: %1</source>
        <translation>Pengaturan ini tidak bisa dipakai: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform refused these credentials: %1</source>
        <translation>Platform menolak kredensial ini: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect: %1</source>
        <translation>Tidak bisa terhubung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform answered with a problem: %1</source>
        <translation>Platform menjawab dengan masalah: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform did not answer within %1 s.</source>
        <translation>Platform tidak menjawab dalam %1 detik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: the platform accepted these credentials.</source>
        <translation>Terhubung: platform menerima kredensial ini.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/store.py" line="+60"/>
        <location filename="../kds/ui/windows/main_window.py" line="-483"/>
        <location line="+514"/>
        <source>Store</source>
        <translation>Toko</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Until resumed</source>
        <translation>Sampai dibuka lagi</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>failed: %1</source>
        <translation>gagal: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet — retrying: %1</source>
        <translation>belum terkirim — mencoba lagi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet — retrying</source>
        <translation>belum terkirim — mencoba lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>belum terkirim</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+211"/>
        <source>reopening %1</source>
        <translation>pembukaan kembali %1</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · until resumed</source>
        <translation>%1 · sampai dibuka lagi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · resumes %2 (%3)</source>
        <translation>%1 · buka lagi %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused — %1</source>
        <translation>Dijeda — %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>On which platforms:</source>
        <translation>Di platform mana:</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="+190"/>
        <location filename="../kds/ui/sheets/store.py" line="+1"/>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/store.py" line="+5"/>
        <source>Pause new orders:</source>
        <translation>Jeda pesanan baru:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <translation>Buka lagi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or pause until a time:</source>
        <translation>Atau jeda sampai jam tertentu:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Busy: add minutes to the preparation time sent on confirm, for an hour:</source>
        <translation>Sibuk: tambah menit ke waktu persiapan yang dikirim saat konfirmasi, selama satu jam:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+%1 min</source>
        <translation>+%1 mnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End busy</source>
        <translation>Akhiri sibuk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sold out…</source>
        <translation>Habis…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Busy adds its minutes to the preparation time sent on confirm.</source>
        <translation>Sibuk menambahkan menitnya ke waktu persiapan yang dikirim saat konfirmasi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy changes nothing here: this platform takes no preparation time on confirm.</source>
        <translation>Sibuk tidak mengubah apa pun di sini: platform ini tidak menerima waktu persiapan saat konfirmasi.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pause until %1</source>
        <translation>Jeda sampai %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pause it on the platform&apos;s own tablet</source>
        <translation>Jeda di tablet platform itu sendiri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taking orders</source>
        <translation>Menerima pesanan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until resumed</source>
        <translation>Dijeda sampai dibuka lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until %1</source>
        <translation>Dijeda sampai %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>busy +%1 min</source>
        <translation>sibuk +%1 mnt</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/stations_form.py" line="+0"/>
        <source>Counter</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expo</source>
        <translation>Expo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word in the name</source>
        <translation>Kata di nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>Kode item</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kitchen stations</source>
        <translation>Stasiun dapur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This screen</source>
        <translation>Layar ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This screen is</source>
        <translation>Layar ini adalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter: every order and every action. Kitchen station: only the lines routed to it, in big type; tap a line when it is made, Bump when the station&apos;s part is done. Expo: every order with each station&apos;s progress.</source>
        <translation>Kasir: semua pesanan dan semua tindakan. Stasiun dapur: hanya item yang diarahkan ke sana, dengan huruf besar; ketuk item saat sudah jadi, Selesai saat bagian stasiun beres. Expo: semua pesanan dengan kemajuan tiap stasiun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which station</source>
        <translation>Stasiun mana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restaurant&apos;s stations</source>
        <translation>Stasiun restoran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by every screen of the restaurant. Names as the kitchen says them: GRILL, DRINKS.</source>
        <translation>Sama di setiap layar restoran. Nama seperti yang dipakai dapur: GRILL, MINUMAN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station name</source>
        <translation>Nama stasiun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a station</source>
        <translation>Tambah stasiun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines no rule matches go to</source>
        <translation>Item tanpa aturan masuk ke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routing rules</source>
        <translation>Aturan pengarahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried from the top; the first that matches decides. A word matches the item&apos;s name in any language the platform sends, without accents or capitals.</source>
        <translation>Dicoba dari atas; aturan pertama yang cocok yang menentukan. Kata dicocokkan dengan nama item dalam bahasa apa pun yang dikirim platform, tanpa aksen atau huruf besar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. suco, 茶, drinks, SKU-123</source>
        <translation>mis. teh, 茶, minuman, SKU-123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1</source>
        <translation>Aturan %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goes to</source>
        <translation>Masuk ke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rule</source>
        <translation>Hapus aturan ini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rule</source>
        <translation>Tambah aturan</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Two stations have the same name.</source>
        <translation>Dua stasiun punya nama yang sama.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which station this kitchen screen is.</source>
        <translation>Pilih stasiun untuk layar dapur ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule %1: choose the station it goes to.</source>
        <translation>Aturan %1: pilih stasiun tujuannya.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/recall.py" line="-16"/>
        <source>Recall a bumped order</source>
        <translation>Panggil ulang pesanan yang selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap an order to bring it back to the screen.</source>
        <translation>Ketuk pesanan untuk menampilkannya lagi di layar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing bumped yet.</source>
        <translation>Belum ada pesanan yang selesai.</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/stations.py" line="-70"/>
        <source>+ 1 item at %1</source>
        <translation>+ 1 item di %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 items at %2</source>
        <translation>+ %1 item di %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 done</source>
        <translation>%1 selesai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 working</source>
        <translation>%1 sedang dibuat</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+17"/>
        <source>Bump</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/report_charts.py" line="+102"/>
        <source>Orders per hour</source>
        <translation>Pesanan per jam</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hour</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time to accept</source>
        <translation>Waktu terima</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deadline %1</source>
        <translation>Batas %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/sold_out.py" line="+69"/>
        <source>told</source>
        <translation>sudah diberi tahu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>telling…</source>
        <translation>memberi tahu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed — retrying</source>
        <translation>gagal — mencoba lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed — mark it again or do it on the platform&apos;s tablet</source>
        <translation>gagal — tandai lagi atau lakukan di tablet platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be told here: %1</source>
        <translation>tidak bisa diberi tahu dari sini: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>do it on the platform&apos;s tablet</source>
        <translation>lakukan di tablet platform</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SOLD OUT until switched back</source>
        <translation>HABIS sampai diaktifkan lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOLD OUT until %1</source>
        <translation>HABIS sampai %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sold out</source>
        <translation>Habis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search dishes (name or code)</source>
        <translation>Cari hidangan (nama atau kode)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sold out until end of day</source>
        <translation>Habis sampai akhir hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For %1 h</source>
        <translation>Selama %1 jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until switched back</source>
        <translation>Sampai diaktifkan lagi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back in stock</source>
        <translation>Tersedia lagi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link with another dish…</source>
        <translation>Gabungkan dengan hidangan lain…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No dish found. Dishes appear here once they were ordered.</source>
        <translation>Belum ada hidangan. Hidangan muncul di sini setelah pernah dipesan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dish matches.</source>
        <translation>Tidak ada hidangan yang cocok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to find the other %1 dishes.</source>
        <translation>Ketik untuk menemukan %1 hidangan lainnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap the dish to link into the selected one.</source>
        <translation>Ketuk hidangan yang akan digabung ke hidangan terpilih.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap a dish to mark it sold out or back in stock.</source>
        <translation>Ketuk hidangan untuk menandainya habis atau tersedia lagi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>KDS tells it when you mark the dish</source>
        <translation>KDS memberi tahu saat Anda menandai hidangan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Split off</source>
        <translation>Pisahkan</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/counts.py" line="+155"/>
        <source>All-day counts</source>
        <translation>Total per menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to cook, every platform. Tap a dish to find its tickets.</source>
        <translation>Yang masih harus dimasak, semua platform. Ketuk menu untuk menemukan tiketnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to cook.</source>
        <translation>Tidak ada yang perlu dimasak.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/store_wait.py" line="-14"/>
        <source>The board opens by itself as soon as the restaurant database answers.</source>
        <translation>Papan pesanan terbuka sendiri begitu basis data restoran merespons.</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <location filename="../kds/platforms/keeta_od/spec.py" line="+47"/>
        <source>Keeta — Open Delivery</source>
        <translation>Keeta — Open Delivery</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Delivery</source>
        <translation>Open Delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KDS asks Keeta for new orders every 30 seconds. The IDs and secret are in Keeta&apos;s developer portal.</source>
        <translation>KDS mengambil pesanan baru dari Keeta setiap 30 detik. ID dan secret ada di portal developer Keeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the store on Keeta for every merchant ID of this station, and opens it again.</source>
        <translation>Menutup toko di Keeta untuk setiap ID merchant stasiun ini, dan membukanya lagi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Delivery only takes whole-menu updates: switch single dishes off on the Keeta tablet.</source>
        <translation>Open Delivery hanya menerima pembaruan seluruh menu: matikan hidangan satu per satu di tablet Keeta.</translation>
    </message>
    <message>
        <location filename="../kds/platforms/keeta_std/spec.py" line="+64"/>
        <source>Keeta — Standard API</source>
        <translation>Keeta — API Standard</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeta sends orders to your relay (kds relay); KDS collects them there within a second.</source>
        <translation>Keeta mengirim pesanan ke relay Anda (kds relay); KDS mengambilnya dari sana dalam satu detik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause on the Keeta tablet: KDS cannot close this store yet.</source>
        <translation>Jeda di tablet Keeta: KDS belum bisa menutup toko ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch dishes off on the Keeta tablet: KDS cannot do it there yet.</source>
        <translation>Matikan hidangan di tablet Keeta: KDS belum bisa melakukannya di sana.</translation>
    </message>
    <message>
        <location filename="../kds/platforms/gofood/spec.py" line="+57"/>
        <source>GoFood</source>
        <translation>GoFood</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manual: staff accept within 3 minutes, or GoFood rejects</source>
        <translation>Manual: staf menerima dalam 3 menit, atau GoFood menolak pesanan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept on timeout: accepted after 1 minute if nobody acts</source>
        <translation>Terima otomatis saat waktu habis: diterima setelah 1 menit jika tidak ada yang menanggapi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept: every order accepted at once</source>
        <translation>Terima otomatis: setiap pesanan langsung diterima</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GoBiz</source>
        <translation>GoBiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoFood sends orders to your relay (kds relay); KDS collects them there within a second. Choose the acceptance mode that is set at GoBiz.</source>
        <translation>GoFood mengirim pesanan ke relay Anda (kds relay); KDS mengambilnya dari sana dalam satu detik. Pilih mode penerimaan pesanan yang sama dengan pengaturan di GoBiz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the outlet on GoFood (force close) and opens it again.</source>
        <translation>Menutup outlet di GoFood (force close) dan membukanya lagi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch single dishes off in the GoBiz app: KDS cannot do it there yet.</source>
        <translation>Matikan hidangan satu per satu di aplikasi GoBiz: KDS belum bisa melakukannya di sana.</translation>
    </message>
    <message>
        <location filename="../kds/platforms/zeek/spec.py" line="+43"/>
        <source>Zeek — Circle K (CKGo)</source>
        <translation>Zeek — Circle K (CKGo)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CKGo</source>
        <translation>CKGo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zeek sends Circle K orders to your relay (kds relay); KDS collects them there within a second.</source>
        <translation>Zeek mengirim pesanan Circle K ke relay Anda (kds relay); KDS mengambilnya dari sana dalam satu detik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The relay answers every CKGo stock check &quot;out of stock&quot; while paused.</source>
        <translation>Selama dijeda, relay menjawab setiap cek stok CKGo dengan &quot;stok habis&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay answers CKGo&apos;s stock check for the dish &quot;out of stock&quot;; with the product update path set, CKGo&apos;s product list is switched too (BatchUpdateProduct).</source>
        <translation>Relay menjawab cek stok CKGo untuk hidangan itu dengan &quot;stok habis&quot;; jika path pembaruan produk diisi, daftar produk CKGo juga diubah (BatchUpdateProduct).</translation>
    </message>
</context>
</TS>
