<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name></name>
    <message>
        <location filename="../kds/ui/session.py" line="+145"/>
        <source>This screen joined a restaurant that already had its settings: its platform accounts, printers, manager PIN and order handling now come from the restaurant&apos;s database. This screen&apos;s own earlier settings are kept in %1.</source>
        <translation>หน้าจอนี้เข้าร่วมร้านที่มีการตั้งค่าอยู่แล้ว: บัญชีแพลตฟอร์ม เครื่องพิมพ์ PIN ผู้จัดการ และการจัดการออร์เดอร์ มาจากฐานข้อมูลของร้านแล้ว การตั้งค่าเดิมของหน้าจอนี้เก็บไว้ที่ %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Settings saved. KDS reconnected with them.</source>
        <translation>บันทึกการตั้งค่าแล้ว KDS เชื่อมต่อใหม่ตามการตั้งค่านี้แล้ว</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/about.py" line="+60"/>
        <source>Orders database: the restaurant&apos;s PostgreSQL, %1</source>
        <translation>ฐานข้อมูลออเดอร์: PostgreSQL ของร้าน, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders database: none (kept in memory)</source>
        <translation>ฐานข้อมูลออเดอร์: ไม่มี (เก็บไว้ในหน่วยความจำ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders database: this screen&apos;s own SQLite file</source>
        <translation>ฐานข้อมูลออเดอร์: ไฟล์ SQLite ของหน้าจอนี้เอง</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>KDS %1</source>
        <translation>KDS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kitchen display and order desk for restaurant counters.</source>
        <translation>จอครัวและโต๊ะรับออเดอร์สำหรับเคาน์เตอร์ร้านอาหาร</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt %1 · PySide6 %2 · Python %3 · %4</source>
        <translation>Qt %1 · PySide6 %2 · Python %3 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logs</source>
        <translation>บันทึกระบบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings file</source>
        <translation>ไฟล์การตั้งค่า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders database</source>
        <translation>ฐานข้อมูลออเดอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: Apache 2.0</source>
        <translation>สัญญาอนุญาต: Apache 2.0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diagnostics for support: the logs (without phone numbers, addresses or passwords), the settings without secrets, and order counts.</source>
        <translation>ข้อมูลวินิจฉัยสำหรับฝ่ายสนับสนุน: บันทึกระบบ (ไม่มีเบอร์โทร ที่อยู่ หรือรหัสผ่าน) การตั้งค่าที่ไม่มีข้อมูลลับ และจำนวนออเดอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export diagnostics</source>
        <translation>ส่งออกข้อมูลวินิจฉัย</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export: %1</source>
        <translation>ส่งออกไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1</source>
        <translation>บันทึกไว้ที่ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About KDS</source>
        <translation>เกี่ยวกับ KDS</translation>
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
        <translation>ปิด</translation>
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
        <translation>โทเค็นผู้เช่าของรีเลย์</translation>
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
        <translation>โทเค็นเข้าถึงของร้านค้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token (optional)</source>
        <translation>โทเค็นต่ออายุ (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region (optional, SGN when empty)</source>
        <translation>ภูมิภาค (ไม่บังคับ ถ้าเว้นว่างใช้ SGN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product update path (optional)</source>
        <translation>พาธอัปเดตสินค้า (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose what is set at GoBiz: the clock on each new order follows it.</source>
        <translation>เลือกให้ตรงกับที่ตั้งไว้ใน GoBiz: นาฬิกาของออเดอร์ใหม่แต่ละรายการจะเป็นไปตามนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only outlets whose mode differs, e.g. G123456789=auto_accept_on_timeout; separate them with commas.</source>
        <translation>ใส่เฉพาะสาขาที่ใช้โหมดต่างออกไป เช่น G123456789=auto_accept_on_timeout คั่นแต่ละสาขาด้วยจุลภาค</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the platform takes BatchUpdateProduct, e.g. /api/v1.0/product/update: sold-out dishes are then switched off in its product list too.</source>
        <translation>ที่ที่แพลตฟอร์มรับ BatchUpdateProduct เช่น /api/v1.0/product/update: เมนูที่หมดจะถูกปิดในรายการสินค้าของแพลตฟอร์มด้วย</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>API address</source>
        <translation>ที่อยู่ API</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Address (base URL)</source>
        <translation>ที่อยู่ (URL หลัก)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in (OAuth) address</source>
        <translation>ที่อยู่สำหรับเข้าสู่ระบบ (OAuth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet ID</source>
        <translation>รหัสสาขา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode</source>
        <translation>โหมดการรับออเดอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode per outlet (optional)</source>
        <translation>โหมดการรับออเดอร์แยกตามสาขา (ไม่บังคับ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay address</source>
        <translation>ที่อยู่รีเลย์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant IDs</source>
        <translation>รหัสร้านค้า</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/forms.py" line="+48"/>
        <location filename="../kds/ui/sheets/confirm.py" line="+104"/>
        <location filename="../kds/ui/sheets/store.py" line="+140"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+265"/>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monday</source>
        <translation>วันจันทร์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>วันอังคาร</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>วันพุธ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>วันพฤหัสบดี</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>วันศุกร์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>วันเสาร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>วันอาทิตย์</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Behaviour</source>
        <translation>การทำงาน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepting orders</source>
        <translation>การรับออเดอร์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm new %1 orders automatically</source>
        <translation>ยืนยันออเดอร์ใหม่จาก %1 อัตโนมัติ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off is safer: staff confirm each order. On: every new order is confirmed at once, even when nobody is at the counter.</source>
        <translation>ปิดไว้ปลอดภัยกว่า: พนักงานยืนยันทีละออเดอร์ เปิด: ทุกออเดอร์ใหม่จะถูกยืนยันทันที แม้ไม่มีใครอยู่ที่เคาน์เตอร์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual preparation time</source>
        <translation>เวลาเตรียมอาหารปกติ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Confirm tells the platform.</source>
        <translation>เวลาที่แจ้งแพลตฟอร์มเมื่อกดยืนยัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always send the usual time</source>
        <translation>ส่งเวลาปกติทุกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time</source>
        <translation>ถามทุกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation time</source>
        <translation>เวลาเตรียมอาหาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time: Confirm offers 10 to 45 minutes, the usual time highlighted (only where the platform takes a preparation time).</source>
        <translation>ถามทุกครั้ง: ปุ่มยืนยันจะให้เลือก 10 ถึง 45 นาที โดยเน้นเวลาปกติไว้ (เฉพาะแพลตฟอร์มที่รับเวลาเตรียมอาหาร)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sounds</source>
        <translation>เสียง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring for new orders and alarms</source>
        <translation>ส่งเสียงเมื่อมีออเดอร์ใหม่และการแจ้งเตือน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>ระดับเสียง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket colours</source>
        <translation>สีของตั๋ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amber after</source>
        <translation>เป็นสีเหลืองหลัง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time since the order was accepted.</source>
        <translation>นับจากเวลาที่รับออเดอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red after</source>
        <translation>เป็นสีแดงหลัง</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+134"/>
        <location filename="../kds/ui/windows/drawer.py" line="+188"/>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 วิ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to undo Ready, Collected and Delivered</source>
        <translation>เวลายกเลิกสถานะพร้อม รับแล้ว และส่งแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 sends at once, without Undo.</source>
        <translation>0 คือส่งทันที ไม่มีเลิกทำ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>เวลาเปิดร้าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a platform stays closed during these hours for more than a few minutes, the board rings and offers to reopen it. No day ticked: no opening hours.</source>
        <translation>ถ้าแพลตฟอร์มยังปิดอยู่เกินสองสามนาทีในช่วงเวลานี้ หน้าจอจะส่งเสียงและเสนอให้เปิดร้านอีกครั้ง ไม่ได้ติ๊กวันไหน: ไม่มีเวลาเปิดร้าน</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A closing time before the opening time runs past midnight.</source>
        <translation>เวลาปิดที่อยู่ก่อนเวลาเปิดหมายถึงเปิดข้ามเที่ยงคืน</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A day&apos;s opening and closing times must differ.</source>
        <translation>เวลาเปิดและเวลาปิดของแต่ละวันต้องไม่เท่ากัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amber time must be shorter than the red time.</source>
        <translation>เวลาสีเหลืองต้องสั้นกว่าเวลาสีแดง</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Screen</source>
        <translation>หน้าจอ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times and prices follow the language&apos;s usual format.</source>
        <translation>เวลาและราคาจะแสดงตามรูปแบบปกติของภาษานั้น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look</source>
        <translation>รูปลักษณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/sheets/more.py" line="-8"/>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/sheets/more.py" line="+0"/>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>สี</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark is easier on the eyes in a kitchen.</source>
        <translation>โหมดมืดสบายตากว่าในครัว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>ขนาดตัวอักษร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>อัตโนมัติ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compact</source>
        <translation>กะทัดรัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>เต็ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card size</source>
        <translation>ขนาดการ์ด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: compact cards when a column is crowded, full cards otherwise.</source>
        <translation>อัตโนมัติ: การ์ดกะทัดรัดเมื่อคอลัมน์แน่น นอกนั้นเป็นการ์ดเต็ม</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No clean-up yet.</source>
        <translation>ยังไม่มีการล้างข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last clean-up: %1 %2 — %3 old orders deleted, customer details of %4 orders erased.</source>
        <translation>ล้างข้อมูลล่าสุด: %1 %2 — ลบออร์เดอร์เก่า %3 รายการ ลบข้อมูลลูกค้าของ %4 ออร์เดอร์</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>This computer</source>
        <translation>คอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+34"/>
        <source>This screen joins a restaurant</source>
        <translation>หน้าจอนี้เข้าร่วมร้านอาหาร</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Kiosk mode: full screen, nothing else on screen</source>
        <translation>โหมดคีออสก์: เต็มจอ ไม่มีอย่างอื่นบนหน้าจอ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a manager PIN, leaving full screen asks for it.</source>
        <translation>ถ้ามี PIN ผู้จัดการ การออกจากโหมดเต็มจอต้องใส่ PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start KDS when this computer starts</source>
        <translation>เปิด KDS เมื่อเปิดเครื่อง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry: %1</source>
        <translation>รายการเริ่มต้น: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeping data</source>
        <translation>การเก็บข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep orders for</source>
        <translation>เก็บออร์เดอร์ไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and their history, for the day&apos;s report; older ones are deleted.</source>
        <translation>ออร์เดอร์และประวัติ สำหรับรายงานประจำวัน ที่เก่ากว่านี้จะถูกลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 ชม.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase customer details after</source>
        <translation>ลบข้อมูลลูกค้าหลังจาก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, phones and addresses, counted from when the order is finished.</source>
        <translation>ชื่อ เบอร์โทร และที่อยู่ นับจากเวลาที่ออร์เดอร์เสร็จสิ้น</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several screens of one restaurant share one PostgreSQL database. Give every screen the same address; leave it empty for a screen on its own.</source>
        <translation>หลายหน้าจอในร้านเดียวกันใช้ฐานข้อมูล PostgreSQL ร่วมกัน ใส่ที่อยู่เดียวกันในทุกหน้าจอ เว้นว่างไว้สำหรับหน้าจอที่ใช้เครื่องเดียว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database address</source>
        <translation>ที่อยู่ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database password</source>
        <translation>รหัสผ่านฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>เก็บไว้ในพวงกุญแจของคอมพิวเตอร์เครื่องนี้ ไม่เคยอยู่ในไฟล์การตั้งค่า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KDS starts again on the restaurant&apos;s database when you save.</source>
        <translation>KDS จะเริ่มใหม่บนฐานข้อมูลของร้านเมื่อคุณบันทึก</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The database address starts with postgresql://</source>
        <translation>ที่อยู่ฐานข้อมูลต้องขึ้นต้นด้วย postgresql://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the database password in its own field, not in the address.</source>
        <translation>พิมพ์รหัสผ่านฐานข้อมูลในช่องของมันเอง ไม่ใช่ในที่อยู่</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <location filename="../kds/ui/setup/pin.py" line="+78"/>
        <source>Manager PIN</source>
        <translation>PIN ผู้จัดการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manager PIN is set.</source>
        <translation>ตั้ง PIN ผู้จัดการแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No manager PIN: anyone at the counter can cancel, refund and change settings.</source>
        <translation>ยังไม่มี PIN ผู้จัดการ: ใครที่เคาน์เตอร์ก็ยกเลิก คืนเงิน และเปลี่ยนการตั้งค่าได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4 to 12 digits</source>
        <translation>ตัวเลข 4 ถึง 12 หลัก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same again</source>
        <translation>ใส่ซ้ำอีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN</source>
        <translation>PIN ใหม่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the PIN</source>
        <translation>เปลี่ยน PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Leave empty to keep it as it is.</source>
        <translation>ไม่บังคับ เว้นว่างไว้เพื่อใช้ค่าเดิม</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/setup/riders_form.py" line="+70"/>
        <source>Optional.</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the PIN</source>
        <translation>ใส่ PIN อีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the manager PIN</source>
        <translation>ลบ PIN ผู้จัดการ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN is asked for</source>
        <translation>ต้องใส่ PIN เมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling an order</source>
        <translation>ยกเลิกออเดอร์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds (partial, agree, reject)</source>
        <translation>การคืนเงิน (บางส่วน ยอมรับ ปฏิเสธ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening Settings</source>
        <translation>เปิดการตั้งค่า</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>PIN ต้องเป็นตัวเลข 4 ถึง 12 หลัก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same.</source>
        <translation>PIN ทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/pin.py" line="+18"/>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/wording.py" line="+153"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN ไม่ถูกต้อง ลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>ใส่ PIN ผิดหลายครั้งเกินไป ลองใหม่ในอีก %1 วิ</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/credentials.py" line="+14"/>
        <source>Several stores: separate them with commas.</source>
        <translation>หลายสาขา: คั่นด้วยเครื่องหมายจุลภาค</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your relay runs, e.g. https://relay.example.com</source>
        <translation>ที่อยู่รีเลย์ของคุณ เช่น https://relay.example.com</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/platforms_form.py" line="+85"/>
        <source>Platforms</source>
        <translation>แพลตฟอร์ม</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/forms.py" line="-123"/>
        <location filename="../kds/ui/setup/platforms_form.py" line="+54"/>
        <source>Saved in the keyring — type to replace</source>
        <translation>บันทึกในพวงกุญแจแล้ว — พิมพ์เพื่อแทนที่</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/platforms_form.py" line="+9"/>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forget the saved credentials</source>
        <translation>ลบข้อมูลเข้าสู่ระบบที่บันทึกไว้</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: type %2 to test the connection (a saved secret is never read back into the form).</source>
        <translation>%1: พิมพ์ %2 เพื่อทดสอบการเชื่อมต่อ (ข้อมูลลับที่บันทึกไว้จะไม่ถูกอ่านกลับมาแสดงในฟอร์ม)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>When the saved access token expires is not known yet; with a refresh token KDS renews it at the first call and learns it.</source>
        <translation>ยังไม่ทราบว่าโทเค็นเข้าถึงที่บันทึกไว้จะหมดอายุเมื่อใด หากมีโทเค็นต่ออายุ KDS จะต่ออายุในการเรียกครั้งแรกและทราบวันหมดอายุ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved access token expired on %1.</source>
        <translation>โทเค็นเข้าถึงที่บันทึกไว้หมดอายุแล้วเมื่อ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved access token is valid until %1; KDS renews it by itself a few days before.</source>
        <translation>โทเค็นเข้าถึงที่บันทึกไว้ใช้ได้ถึง %1 KDS จะต่ออายุเองก่อนหมดอายุไม่กี่วัน</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: each merchant ID only once.</source>
        <translation>%1: ใส่รหัสร้านค้าแต่ละรหัสได้ครั้งเดียว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 must be an http:// or https:// address, without a password.</source>
        <translation>%1: %2 ต้องเป็นที่อยู่ http:// หรือ https:// โดยไม่มีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+131"/>
        <location line="+12"/>
        <source>%1: fill in %2.</source>
        <translation>%1: กรุณากรอก %2</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Demo: %1 run on the built-in simulators now. The switches below are this station&apos;s own platforms, used when KDS starts without --demo.</source>
        <translation>เดโม: %1 กำลังทำงานบนเครื่องจำลองในตัว สวิตช์ด้านล่างคือแพลตฟอร์มของสถานีนี้เอง ใช้เมื่อเปิด KDS โดยไม่มี --demo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is not available on this computer, so the credentials cannot be kept there. Choose another place below, or start the keyring (on Linux: GNOME Keyring or KWallet) and open Settings again.</source>
        <translation>พวงกุญแจของระบบใช้ไม่ได้บนเครื่องนี้ จึงเก็บข้อมูลเข้าสู่ระบบไว้ที่นั่นไม่ได้ เลือกที่เก็บอื่นด้านล่าง หรือเปิดพวงกุญแจ (บน Linux: GNOME Keyring หรือ KWallet) แล้วเปิดการตั้งค่าอีกครั้ง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted credentials file is locked: tap Connect on the board and enter the manager PIN, then open Settings again.</source>
        <translation>ไฟล์ข้อมูลเข้าสู่ระบบที่เข้ารหัสถูกล็อกอยู่: แตะ เชื่อมต่อ บนกระดาน แล้วใส่ PIN ผู้จัดการ จากนั้นเปิดการตั้งค่าอีกครั้ง</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>%1: %2 must be a number.</source>
        <translation>%1: %2 ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_form.py" line="+43"/>
        <source>Kitchen tickets</source>
        <translation>ใบสั่งครัว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>ใบเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellations</source>
        <translation>ใบยกเลิก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds</source>
        <translation>ใบคืนเงิน</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: enter the printer&apos;s network address.</source>
        <translation>%1: ใส่ที่อยู่เครือข่ายของเครื่องพิมพ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the port must be a number (usually 9100).</source>
        <translation>%1: พอร์ตต้องเป็นตัวเลข (ปกติคือ 9100)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the USB vendor and product IDs are hexadecimal, like 04b8 and 0e15.</source>
        <translation>%1: รหัสผู้ผลิตและรหัสสินค้า USB เป็นเลขฐานสิบหก เช่น 04b8 และ 0e15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the serial port, like /dev/ttyUSB0 or COM3.</source>
        <translation>%1: ใส่พอร์ตอนุกรม เช่น /dev/ttyUSB0 หรือ COM3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the device or file, like /dev/usb/lp0.</source>
        <translation>%1: ใส่อุปกรณ์หรือไฟล์ เช่น /dev/usb/lp0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the name of the system&apos;s printer queue.</source>
        <translation>%1: ใส่ชื่อคิวเครื่องพิมพ์ของระบบ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every printer needs a name.</source>
        <translation>เครื่องพิมพ์ทุกเครื่องต้องมีชื่อ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: choose at least one kind of document.</source>
        <translation>%1: เลือกเอกสารอย่างน้อยหนึ่งประเภท</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printers</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No printer yet. KDS works without one; add it now or later.</source>
        <translation>ยังไม่มีเครื่องพิมพ์ KDS ใช้งานได้โดยไม่ต้องมี เพิ่มตอนนี้หรือภายหลังก็ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a printer</source>
        <translation>เพิ่มเครื่องพิมพ์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer %1</source>
        <translation>เครื่องพิมพ์ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to the screen %1</source>
        <translation>ต่อกับหน้าจอ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kitchen</source>
        <translation>ครัว</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/riders_form.py" line="-8"/>
        <location line="+3"/>
        <location filename="../kds/ui/windows/order_text.py" line="+159"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRILL</source>
        <translation>ย่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/stations_form.py" line="+28"/>
        <source>Kitchen station</source>
        <translation>สถานีครัว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its kitchen tickets then show only that station&apos;s lines. Empty: every line.</source>
        <translation>ตั๋วครัวของเครื่องนี้จะมีเฉพาะรายการของสถานีนั้น ว่างไว้: ทุกรายการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>เครือข่าย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>อนุกรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Device or file</source>
        <translation>อุปกรณ์หรือไฟล์</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>System printer</source>
        <translation>เครื่องพิมพ์ของระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>การเชื่อมต่อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../kds/ui/windows/order_text.py" line="+14"/>
        <location line="+2"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor ID</source>
        <translation>รหัสผู้ผลิต</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product ID</source>
        <translation>รหัสสินค้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial port</source>
        <translation>พอร์ตอนุกรม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer queue name</source>
        <translation>ชื่อคิวเครื่องพิมพ์</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed (baud)</source>
        <translation>ความเร็ว (baud)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>58 mm</source>
        <translation>58 มม.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>80 mm</source>
        <translation>80 มม.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper width</source>
        <translation>ความกว้างกระดาษ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>โค้ดเพจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CP858 for most Latin text; CP874 Thai; CP1258 Vietnamese.</source>
        <translation>CP858 สำหรับอักษรละตินส่วนใหญ่ CP874 ภาษาไทย CP1258 ภาษาเวียดนาม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prints</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When confirmed</source>
        <translation>เมื่อยืนยัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it arrives</source>
        <translation>เมื่อออเดอร์เข้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked</source>
        <translation>เฉพาะเมื่อสั่งพิมพ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints by itself</source>
        <translation>พิมพ์อัตโนมัติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the screen</source>
        <translation>เหมือนหน้าจอ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed in</source>
        <translation>พิมพ์เป็นภาษา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language of the ticket&apos;s own words.</source>
        <translation>ภาษาของข้อความบนใบพิมพ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a test page</source>
        <translation>พิมพ์หน้าทดสอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this printer</source>
        <translation>ลบเครื่องพิมพ์นี้</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Printing a test page…</source>
        <translation>กำลังพิมพ์หน้าทดสอบ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The test page did not print: %1</source>
        <translation>พิมพ์หน้าทดสอบไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test page sent. Check the printer.</source>
        <translation>ส่งหน้าทดสอบแล้ว ตรวจดูที่เครื่องพิมพ์</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Two printers have the same name.</source>
        <translation>มีเครื่องพิมพ์สองเครื่องชื่อซ้ำกัน</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connect.py" line="+40"/>
        <source>System keyring</source>
        <translation>พวงกุญแจของระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safest place: the system keeps them and KDS reads them at each start.</source>
        <translation>ที่ปลอดภัยที่สุด: ระบบเก็บไว้ให้ และ KDS อ่านทุกครั้งที่เริ่มทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For this run only</source>
        <translation>เฉพาะรอบนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in memory and gone when KDS closes: nothing is written to disk, but someone must type them again at each start.</source>
        <translation>เก็บไว้ในหน่วยความจำและหายไปเมื่อปิด KDS: ไม่มีอะไรถูกเขียนลงดิสก์ แต่ต้องมีคนพิมพ์ใหม่ทุกครั้งที่เริ่มทำงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted file, opened with the manager PIN</source>
        <translation>ไฟล์เข้ารหัส เปิดด้วย PIN ผู้จัดการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in a file encrypted with a key made from the manager PIN, which unlocks it at each start. Whoever copies the file can try PINs: use a long PIN.</source>
        <translation>เก็บในไฟล์ที่เข้ารหัสด้วยกุญแจที่สร้างจาก PIN ผู้จัดการ ซึ่งใช้ปลดล็อกทุกครั้งที่เริ่มทำงาน ใครก็ตามที่คัดลอกไฟล์ไปสามารถลองเดา PIN ได้: ใช้ PIN ยาว ๆ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The encrypted file needs a manager PIN: set one first.</source>
        <translation>ไฟล์เข้ารหัสต้องมี PIN ผู้จัดการ: ตั้ง PIN ก่อน</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="+171"/>
        <source>Connect the platforms</source>
        <translation>เชื่อมต่อแพลตฟอร์ม</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keyring is not available on this computer. Choose where KDS keeps these credentials:</source>
        <translation>พวงกุญแจของระบบใช้ไม่ได้บนเครื่องนี้ เลือกที่ที่ KDS จะเก็บข้อมูลเข้าสู่ระบบเหล่านี้:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect</source>
        <translation>เชื่อมต่อ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where KDS keeps the credentials.</source>
        <translation>เลือกที่ที่ KDS จะเก็บข้อมูลเข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-3"/>
        <source>Unlock the encrypted credentials file</source>
        <translation>ปลดล็อกไฟล์ข้อมูลเข้าสู่ระบบที่เข้ารหัส</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Fill in %1.</source>
        <translation>กรุณากรอก %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This PIN does not open the encrypted credentials file.</source>
        <translation>PIN นี้เปิดไฟล์ข้อมูลเข้าสู่ระบบที่เข้ารหัสไม่ได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be read.</source>
        <translation>อ่านไฟล์ข้อมูลเข้าสู่ระบบที่เข้ารหัสไม่ได้</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../kds/ui/setup/settings_panel.py" line="-28"/>
        <location filename="../kds/ui/setup/wizard.py" line="+268"/>
        <source>Could not save the settings: %1</source>
        <translation>บันทึกการตั้งค่าไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/settings_panel.py" line="+4"/>
        <location filename="../kds/ui/windows/main_window.py" line="+440"/>
        <source>Not saved — the restaurant database is not reachable</source>
        <translation>ไม่ได้บันทึก — เชื่อมต่อฐานข้อมูลของร้านไม่ได้</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>เกี่ยวกับ</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/station.py" line="+117"/>
        <source>The credentials were not saved: the encrypted credentials file is locked. Tap Connect on the board and enter the manager PIN to unlock it.</source>
        <translation>ไม่ได้บันทึกข้อมูลเข้าสู่ระบบ: ไฟล์ข้อมูลเข้าสู่ระบบที่เข้ารหัสถูกล็อกอยู่ แตะ เชื่อมต่อ บนกระดานแล้วใส่ PIN ผู้จัดการเพื่อปลดล็อก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credentials were not saved: the system keyring is not available. On the Platforms page choose to keep them for this run only, or in a file encrypted with the manager PIN.</source>
        <translation>ไม่ได้บันทึกข้อมูลเข้าสู่ระบบ: พวงกุญแจของระบบใช้ไม่ได้ ที่หน้าแพลตฟอร์ม เลือกเก็บไว้เฉพาะรอบนี้ หรือเก็บในไฟล์ที่เข้ารหัสด้วย PIN ผู้จัดการ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not change starting with the system: %1</source>
        <translation>เปลี่ยนการเปิดพร้อมระบบไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The restaurant&apos;s settings were saved on this screen only: its database cannot be reached. Save them again once it is back, or the other screens keep theirs.</source>
        <translation>บันทึกการตั้งค่าของร้านไว้ที่หน้าจอนี้เท่านั้น: ติดต่อฐานข้อมูลไม่ได้ บันทึกอีกครั้งเมื่อกลับมาใช้ได้ หน้าจออื่นยังใช้การตั้งค่าของตนเอง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The encrypted credentials file was made with another manager PIN; enter that PIN on the board to unlock it.</source>
        <translation>ไฟล์ข้อมูลเข้าสู่ระบบที่เข้ารหัสถูกสร้างด้วย PIN ผู้จัดการอีกตัว ใส่ PIN นั้นบนกระดานเพื่อปลดล็อก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be written.</source>
        <translation>เขียนไฟล์ข้อมูลเข้าสู่ระบบที่เข้ารหัสไม่ได้</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>KDS cannot open this database: %1</source>
        <translation>KDS เปิดฐานข้อมูลนี้ไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the system keyring is not available, so its credentials cannot be read</source>
        <translation>ใช้พวงกุญแจของระบบไม่ได้ จึงอ่านข้อมูลเข้าสู่ระบบไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted credentials file is locked until the manager PIN is entered</source>
        <translation>ไฟล์ข้อมูลเข้าสู่ระบบที่เข้ารหัสถูกล็อกจนกว่าจะใส่ PIN ผู้จัดการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credentials missing from the system keyring: %1</source>
        <translation>ไม่มีข้อมูลเข้าสู่ระบบในพวงกุญแจ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set up yet: %1</source>
        <translation>ยังไม่ได้ตั้งค่า: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KDS cannot connect to this platform yet</source>
        <translation>KDS ยังเชื่อมต่อกับแพลตฟอร์มนี้ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform settings are not valid: %1</source>
        <translation>การตั้งค่าแพลตฟอร์มไม่ถูกต้อง: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not connected: %2.</source>
        <translation>%1 ไม่ได้เชื่อมต่อ: %2</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="-79"/>
        <source>Missed (not accepted in time)</source>
        <translation>พลาด (ไม่ได้รับออเดอร์ทันเวลา)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the restaurant</source>
        <translation>ร้านยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the customer</source>
        <translation>ลูกค้ายกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the platform</source>
        <translation>แพลตฟอร์มยกเลิก</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Received</source>
        <translation>ได้รับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>รับออเดอร์แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/widgets/board_view.py" line="+89"/>
        <location filename="../kds/ui/wording.py" line="-100"/>
        <location line="+17"/>
        <location line="+126"/>
        <location line="+33"/>
        <source>Ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reasons</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds in full</source>
        <translation>คืนเงินเต็มจำนวน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds in part</source>
        <translation>คืนเงินบางส่วน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross sales</source>
        <translation>ยอดขายรวม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net sales</source>
        <translation>ยอดขายสุทธิ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid / not paid</source>
        <translation>ชำระแล้ว / ยังไม่ชำระ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to accept: median · 90% · worst</source>
        <translation>เวลารับออเดอร์: มัธยฐาน · 90% · นานสุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to ready: median · 90%</source>
        <translation>เวลาทำเสร็จ: มัธยฐาน · 90%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes paused</source>
        <translation>นาทีที่หยุดรับ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day&apos;s report</source>
        <translation>รายงานประจำวัน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>◀ Day before</source>
        <translation>◀ วันก่อน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day after ▶</source>
        <translation>วันถัดไป ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>กะ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From −</source>
        <translation>เริ่ม −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From +</source>
        <translation>เริ่ม +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To −</source>
        <translation>สิ้นสุด −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To +</source>
        <translation>สิ้นสุด +</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export CSV</source>
        <translation>ส่งออก CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF</source>
        <translation>บันทึก PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print end-of-day slip</source>
        <translation>พิมพ์ใบสรุปปิดวัน</translation>
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
        <translation>บันทึกไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+25"/>
        <source>Saved %1</source>
        <translation>บันทึกแล้วที่ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printer prints receipts: set one up in Settings.</source>
        <translation>ไม่มีเครื่องพิมพ์ใบเสร็จ: ตั้งค่าได้ในการตั้งค่า</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End-of-day slip sent to the printer.</source>
        <translation>ส่งใบสรุปปิดวันไปที่เครื่องพิมพ์แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end-of-day slip was already printed.</source>
        <translation>พิมพ์ใบสรุปปิดวันไปแล้ว</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/wizard.py" line="-208"/>
        <source>Check and finish</source>
        <translation>ตรวจสอบและเสร็จสิ้น</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language: %1</source>
        <translation>ภาษา: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms: %1</source>
        <translation>แพลตฟอร์ม: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>none yet</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Printers: %1</source>
        <translation>เครื่องพิมพ์: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usual preparation time: %1 min</source>
        <translation>เวลาเตรียมอาหารปกติ: %1 นาที</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Riders: %1</source>
        <translation>ไรเดอร์: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager PIN: %1</source>
        <translation>PIN ผู้จัดการ: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation>ตั้งแล้ว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: in the restaurant&apos;s database %1</source>
        <translation>ออร์เดอร์: อยู่ในฐานข้อมูลของร้าน %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: kept on this screen</source>
        <translation>ออร์เดอร์: เก็บไว้ที่หน้าจอนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New orders are confirmed automatically for: %1</source>
        <translation>ยืนยันออเดอร์ใหม่อัตโนมัติสำหรับ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credentials: %1</source>
        <translation>ข้อมูลเข้าสู่ระบบ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparation time: asked at each Confirm (usual: %1 min)</source>
        <translation>เวลาเตรียมอาหาร: ถามทุกครั้งที่ยืนยัน (ปกติ: %1 นาที)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system keyring is not available and no other place for the credentials was chosen (Platforms page), so they will not be saved</source>
        <translation>พวงกุญแจของระบบใช้ไม่ได้ และยังไม่ได้เลือกที่เก็บข้อมูลเข้าสู่ระบบอื่น (หน้าแพลตฟอร์ม) จึงจะไม่มีการบันทึก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encrypted credentials file needs a manager PIN (Manager PIN page)</source>
        <translation>ไฟล์ข้อมูลเข้าสู่ระบบที่เข้ารหัสต้องมี PIN ผู้จัดการ (หน้า PIN ผู้จัดการ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected after Finish: %1. Why: %2.</source>
        <translation>จะไม่เชื่อมต่อหลังกดเสร็จสิ้น: %1 เพราะ: %2</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Optional: when several screens work together, the restaurant&apos;s database.</source>
        <translation>ไม่บังคับ: ฐานข้อมูลของร้าน เมื่อหลายหน้าจอทำงานร่วมกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check, then tap Finish.</source>
        <translation>ตรวจดู แล้วแตะ เสร็จสิ้น</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Set up KDS</source>
        <translation>ตั้งค่า KDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>ขั้นตอน %1 จาก %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to KDS. A few questions and the board opens; everything can be changed later in Settings.</source>
        <translation>ยินดีต้อนรับสู่ KDS ตอบคำถามไม่กี่ข้อแล้วกระดานออเดอร์จะเปิดขึ้น ทุกอย่างเปลี่ยนได้ภายหลังในการตั้งค่า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch on the platforms this restaurant sells on.</source>
        <translation>เปิดแพลตฟอร์มที่ร้านนี้ขายอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the thermal printer for kitchen tickets and receipts.</source>
        <translation>ไม่บังคับ: เครื่องพิมพ์ความร้อนสำหรับใบสั่งครัวและใบเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How new orders are handled.</source>
        <translation>วิธีจัดการออเดอร์ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a PIN that managers type to cancel, refund or change settings.</source>
        <translation>ไม่บังคับ: PIN ที่ผู้จัดการต้องใส่เมื่อยกเลิก คืนเงิน หรือเปลี่ยนการตั้งค่า</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/widgets/overlay.py" line="+112"/>
        <source>Back</source>
        <translation>กลับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/confirm.py" line="-9"/>
        <source>Confirm %1 — ready in how long?</source>
        <translation>ยืนยัน %1 — พร้อมในกี่นาที?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform tells the customer and the rider.</source>
        <translation>แพลตฟอร์มจะแจ้งลูกค้าและไรเดอร์</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 min · usual</source>
        <translation>%1 นาที · ปกติ</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/reason.py" line="+45"/>
        <source>Why?</source>
        <translation>เพราะอะไร?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Which dishes ran out?</source>
        <translation>เมนูไหนหมด?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also mark them sold out until end of day</source>
        <translation>ทำเครื่องหมายว่าหมดจนถึงสิ้นวันด้วย</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../kds/ui/sheets/refund.py" line="+138"/>
        <source>Write why (needed for “Other”)</source>
        <translation>เขียนเหตุผล (จำเป็นสำหรับ “อื่นๆ”)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write why</source>
        <translation>เขียนเหตุผล</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a reason.</source>
        <translation>เลือกเหตุผล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a few words for the platform.</source>
        <translation>เขียนสั้นๆ ถึงแพลตฟอร์ม</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/refund.py" line="-97"/>
        <source>%1 each</source>
        <translation>ชิ้นละ %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Partial refund — %1</source>
        <translation>คืนเงินบางส่วน — %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Refund</source>
        <translation>คืนเงิน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tap again to refund</source>
        <translation>แตะอีกครั้งเพื่อคืนเงิน</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing left to refund</source>
        <translation>ไม่เหลือให้คืนเงินแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left to refund</source>
        <translation>เหลือให้คืนเงินได้ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking the platform what is left to refund…</source>
        <translation>กำลังถามแพลตฟอร์มว่ายังคืนเงินอะไรได้บ้าง…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform could not say what is left to refund: quantities and amount are estimates.</source>
        <translation>แพลตฟอร์มแจ้งไม่ได้ว่ายังคืนเงินอะไรได้บ้าง: จำนวนและยอดเงินเป็นค่าประมาณ</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Refund amount (from the platform): %1</source>
        <translation>ยอดคืนเงิน (จากแพลตฟอร์ม): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund amount (estimate): %1</source>
        <translation>ยอดคืนเงิน (ประมาณ): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund %1</source>
        <translation>คืนเงิน %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tap again to refund %1</source>
        <translation>แตะอีกครั้งเพื่อคืนเงิน %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/board.py" line="+207"/>
        <source>Confirming…</source>
        <translation>กำลังยืนยัน…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+116"/>
        <source>time is up</source>
        <translation>หมดเวลา</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+5"/>
        <source>accepted automatically in</source>
        <translation>รับอัตโนมัติใน</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-151"/>
        <source>Scheduled %1</source>
        <translation>นัดเวลา %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation>ภายใน %1</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Code %1</source>
        <translation>รหัส %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+8"/>
        <location line="+129"/>
        <source>Refund requested</source>
        <translation>ลูกค้าขอคืนเงิน</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-216"/>
        <source>Reading the address…</source>
        <translation>กำลังอ่านที่อยู่…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address not available: see the platform app</source>
        <translation>ไม่มีที่อยู่: ดูในแอปของแพลตฟอร์ม</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../kds/ui/windows/order_text.py" line="-55"/>
        <source>whole order</source>
        <translation>ทั้งออเดอร์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ORDER DETAILS COULD NOT BE READ</source>
        <translation>อ่านรายละเอียดออร์เดอร์ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this order on the %1 tablet.</source>
        <translation>โปรดตรวจสอบออร์เดอร์นี้บนแท็บเล็ต %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Refunded 1 item · %1</source>
        <translation>คืนเงินแล้ว 1 รายการ · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded %1 items · %2</source>
        <translation>คืนเงินแล้ว %1 รายการ · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded · %1</source>
        <translation>คืนเงินแล้ว · %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CANCELLED BY THE CUSTOMER</source>
        <translation>ลูกค้ายกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>CANCELLED BY THE PLATFORM</source>
        <translation>แพลตฟอร์มยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>CANCELLED</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop preparing this order.</source>
        <translation>หยุดทำออเดอร์นี้</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../kds/ui/wording.py" line="-167"/>
        <location line="+37"/>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/wording.py" line="-182"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>Collected</source>
        <translation>รับแล้ว</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/wording.py" line="+110"/>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out since</source>
        <translation>ออกไปตั้งแต่</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 in a moment…</source>
        <translation>กำลังจะส่ง: %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending %1…</source>
        <translation>กำลังส่ง %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying %1: %2</source>
        <translation>กำลังลองใหม่ %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry %1</source>
        <translation>ลองใหม่ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed — %2</source>
        <translation>%1 ไม่สำเร็จ — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../kds/ui/wording.py" line="-137"/>
        <source>Reject…</source>
        <translation>ปฏิเสธ…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Details not readable yet — retrying. Use the %1 tablet if it cannot wait.</source>
        <translation>ยังอ่านรายละเอียดไม่ได้ — กำลังลองใหม่ ใช้แท็บเล็ต %1 หากรอไม่ได้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK, seen</source>
        <translation>รับทราบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/viewmodels/stations.py" line="+103"/>
        <source>1 item</source>
        <translation>1 รายการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/viewmodels/stations.py" line="+0"/>
        <source>%1 items</source>
        <translation>%1 รายการ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order details not read</source>
        <translation>ยังไม่ได้อ่านรายละเอียดออร์เดอร์</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/health.py" line="+126"/>
        <source>not connected</source>
        <translation>ไม่ได้เชื่อมต่อ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>polled by %1</source>
        <translation>ตรวจโดย %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polled by another screen</source>
        <translation>ตรวจโดยจออื่น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polled %1</source>
        <translation>ตรวจล่าสุด %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>last good poll %1</source>
        <translation>ตรวจสำเร็จล่าสุด %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>token expires %1</source>
        <translation>โทเค็นหมดอายุ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token renewal failed</source>
        <translation>ต่ออายุโทเค็นไม่สำเร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token expired</source>
        <translation>โทเค็นหมดอายุแล้ว</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the merchant access token has expired, so actions and order details fail. Enter a new token in Settings.</source>
        <translation>%1: โทเค็นเข้าถึงของร้านค้าหมดอายุแล้ว การดำเนินการและรายละเอียดออเดอร์จึงล้มเหลว ใส่โทเค็นใหม่ในการตั้งค่า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2); KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1: ต่ออายุโทเค็นเข้าถึงของร้านค้าไม่สำเร็จ (%2) KDS จะลองใหม่ หากยังเป็นอยู่ ใส่โทเค็นใหม่ในการตั้งค่า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2). It works until %3; KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1: ต่ออายุโทเค็นเข้าถึงของร้านค้าไม่สำเร็จ (%2) โทเค็นยังใช้ได้ถึง %3 KDS จะลองใหม่ หากยังเป็นอยู่ ใส่โทเค็นใหม่ในการตั้งค่า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3. KDS renews it by itself; if it cannot, enter a new token in Settings.</source>
        <translation>%1: โทเค็นเข้าถึงของร้านค้าจะหมดอายุ %3 KDS จะต่ออายุเอง หากทำไม่ได้ ใส่โทเค็นใหม่ในการตั้งค่า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3 and KDS cannot renew it (no refresh token). Enter a new token in Settings before then.</source>
        <translation>%1: โทเค็นเข้าถึงของร้านค้าจะหมดอายุ %3 และ KDS ต่ออายุไม่ได้ (ไม่มีโทเค็นต่ออายุ) ใส่โทเค็นใหม่ในการตั้งค่าก่อนวันนั้น</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 failed polls in a row)</source>
        <translation>%1 (ตรวจไม่สำเร็จติดกัน %2 ครั้ง)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ORDERS MAY BE MISSED. </source>
        <translation>อาจพลาดออเดอร์ </translation>
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
        <translation>เพิ่มเติม</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../kds/ui/widgets/bars.py" line="-35"/>
        <location line="+34"/>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-33"/>
        <location line="+23"/>
        <source>Mute 5 min</source>
        <translation>ปิดเสียง 5 นาที</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Full screen</source>
        <translation>เต็มจอ</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-3"/>
        <source>Muted %1</source>
        <translation>ปิดเสียงอยู่ %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sound is off — no audio device</source>
        <translation>ไม่มีเสียง — ไม่พบอุปกรณ์เสียง</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../kds/ui/windows/main_window.py" line="+35"/>
        <source>Dismiss</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tap Confirm to accept · tap a card for details</source>
        <translation>แตะ ยืนยัน เพื่อรับออเดอร์ · แตะการ์ดเพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/board_view.py" line="-2"/>
        <location filename="../kds/ui/wording.py" line="+133"/>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <location line="+33"/>
        <source>Preparing</source>
        <translation>กำลังทำ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out / Done</source>
        <translation>ออกแล้ว / เสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>ภายหลัง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No new orders.
New orders ring and appear here.</source>
        <translation>ไม่มีออเดอร์ใหม่
ออเดอร์ใหม่จะมีเสียงและแสดงที่นี่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing being prepared.</source>
        <translation>ไม่มีออเดอร์ที่กำลังทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing waiting for pickup.</source>
        <translation>ไม่มีออเดอร์รอรับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished orders stay here for 30 minutes.</source>
        <translation>ออเดอร์ที่เสร็จแล้วจะอยู่ที่นี่ 30 นาที</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scheduled orders.</source>
        <translation>ไม่มีออเดอร์ล่วงหน้า</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>+ %1 more below · %2 cancelled</source>
        <translation>+ อีก %1 รายการด้านล่าง · ยกเลิก %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 more below</source>
        <translation>+ อีก %1 รายการด้านล่าง</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_delegate.py" line="+229"/>
        <source>Sending…</source>
        <translation>กำลังส่ง…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+34"/>
        <source>Undo %1</source>
        <translation>เลิกทำ %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_layout.py" line="+207"/>
        <source>Note: %1</source>
        <translation>หมายเหตุ: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/drawer.py" line="-170"/>
        <source>Printing</source>
        <translation>การพิมพ์</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Order</source>
        <translation>ออเดอร์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>การชำระเงิน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>ไทม์ไลน์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reprint kitchen ticket</source>
        <translation>พิมพ์ใบสั่งครัวซ้ำ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print kitchen ticket</source>
        <translation>พิมพ์ใบสั่งครัว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint receipt</source>
        <translation>พิมพ์ใบเสร็จซ้ำ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print receipt</source>
        <translation>พิมพ์ใบเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint delivery slip</source>
        <translation>พิมพ์ใบส่งของอีกครั้ง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print delivery slip</source>
        <translation>พิมพ์ใบส่งของ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>placed %1</source>
        <translation>สั่งเมื่อ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheduled %1</source>
        <translation>นัด %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled: %1</source>
        <translation>ยกเลิกแล้ว: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/history.py" line="-3"/>
        <source>Today&apos;s finished orders</source>
        <translation>ออเดอร์ที่เสร็จวันนี้</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search by order number, customer or item</source>
        <translation>ค้นหาตามเลขออเดอร์ ลูกค้า หรือรายการ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 order</source>
        <translation>1 ออเดอร์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation>%1 ออเดอร์</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-558"/>
        <location line="+547"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+80"/>
        <source>Orders</source>
        <translation>ออเดอร์</translation>
    </message>
    <message>
        <location line="-512"/>
        <location line="+520"/>
        <source>All-day</source>
        <translation>ยอดเมนู</translation>
    </message>
    <message>
        <location line="-509"/>
        <location line="+507"/>
        <source>Recall</source>
        <translation>เรียกคืน</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-477"/>
        <location line="+486"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-21"/>
        <location line="+24"/>
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <location line="-484"/>
        <location line="+482"/>
        <source>Connect…</source>
        <translation>เชื่อมต่อ…</translation>
    </message>
    <message>
        <location line="-477"/>
        <source>Reopen</source>
        <translation>เปิดร้านอีกครั้ง</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 new · %2 preparing · %3 ready</source>
        <translation>ใหม่ %1 · กำลังทำ %2 · พร้อม %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear all seen (%1)</source>
        <translation>รับทราบทั้งหมด (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 closed your store after a missed order</source>
        <translation>%1 ปิดร้านของคุณหลังจากพลาดออเดอร์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your store is still closed on %1 during opening hours</source>
        <translation>ร้านของคุณยังปิดอยู่บน %1 ในเวลาเปิดร้าน</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pause the store</source>
        <translation>หยุดรับออเดอร์ของร้าน</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>See the day&apos;s report</source>
        <translation>ดูรายงานของวันนี้</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-45"/>
        <source>Restaurant database not reachable — retrying… (%1)</source>
        <translation>เชื่อมต่อฐานข้อมูลของร้านไม่ได้ — กำลังลองใหม่… (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong and was logged: %1</source>
        <translation>เกิดข้อผิดพลาดและบันทึกไว้แล้ว: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too late to undo: it was already sent.</source>
        <translation>สายเกินไปที่จะเลิกทำ: ส่งไปแล้ว</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/print_wiring.py" line="+60"/>
        <source>Nothing was sent: no printer prints this.</source>
        <translation>ไม่ได้ส่ง: ไม่มีเครื่องพิมพ์ที่พิมพ์เอกสารนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This job is not waiting for a retry any more.</source>
        <translation>งานพิมพ์นี้ไม่ได้รอลองใหม่แล้ว</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: REPRINT #%2 sent to %3</source>
        <translation>%1: พิมพ์ซ้ำ #%2 ส่งไปที่ %3 แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent to %2</source>
        <translation>ส่ง%1ไปที่ %2 แล้ว</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_sheets.py" line="+106"/>
        <source>Cancel order %1?</source>
        <translation>ยกเลิกออเดอร์ %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1</source>
        <translation>ยกเลิกออเดอร์ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel %1</source>
        <translation>แตะอีกครั้งเพื่อยกเลิก %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer gets the whole order refunded.</source>
        <translation>ลูกค้าจะได้รับเงินคืนทั้งออเดอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer gets the requested items refunded.</source>
        <translation>ลูกค้าจะได้รับเงินคืนสำหรับรายการที่ขอ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount: %1</source>
        <translation>จำนวนเงิน: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree to the refund request of %1?</source>
        <translation>ยอมรับคำขอคืนเงินของ %1 หรือไม่?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to agree to the refund</source>
        <translation>แตะอีกครั้งเพื่อยอมรับการคืนเงิน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reject the refund request of %1?</source>
        <translation>ปฏิเสธคำขอคืนเงินของ %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="-150"/>
        <source>Reject refund</source>
        <translation>ปฏิเสธการคืนเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to reject the refund</source>
        <translation>แตะอีกครั้งเพื่อปฏิเสธการคืนเงิน</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dispatch %1 — who takes it?</source>
        <translation>ส่ง %1 — ใครเป็นคนส่ง?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who takes %1 now?</source>
        <translation>ตอนนี้ใครส่ง %1?</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-65"/>
        <location line="+4"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+57"/>
        <source>Open Settings</source>
        <translation>เปิดการตั้งค่า</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Saved. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>บันทึกแล้ว การตั้งค่าแพลตฟอร์ม เครื่องพิมพ์ และออเดอร์จะมีผลเมื่อเปิด KDS ใหม่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved.</source>
        <translation>บันทึกการตั้งค่าแล้ว</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another screen changed the restaurant&apos;s settings. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>หน้าจออื่นเปลี่ยนการตั้งค่าของร้าน การตั้งค่าแพลตฟอร์ม เครื่องพิมพ์ และออร์เดอร์ จะมีผลเมื่อเริ่ม KDS ใหม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another screen changed the restaurant&apos;s settings: they apply here too.</source>
        <translation>หน้าจออื่นเปลี่ยนการตั้งค่าของร้าน: ใช้กับหน้าจอนี้ด้วย</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+115"/>
        <source>Leave full screen</source>
        <translation>ออกจากโหมดเต็มจอ</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="+2"/>
        <source>Exit full screen</source>
        <translation>ออกจากโหมดเต็มจอ</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+43"/>
        <source>KDS · DEMO</source>
        <translation>KDS · เดโม</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/bump_bar.py" line="+114"/>
        <source>Select a ticket with its number first.</source>
        <translation>เลือกตั๋วด้วยหมายเลขก่อน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter has nothing to do for this ticket; Space opens it.</source>
        <translation>ปุ่ม Enter ไม่มีอะไรให้ทำกับตั๋วนี้ กด Space เพื่อเปิด</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="-42"/>
        <source>Items</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discount</source>
        <translation>ส่วนลด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order note</source>
        <translation>หมายเหตุออเดอร์</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled — payment settled</source>
        <translation>ยกเลิกแล้ว — ชำระเงินเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>ชำระเงินแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paid yet</source>
        <translation>ยังไม่ได้ชำระเงิน</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>paid online</source>
        <translation>จ่ายออนไลน์แล้ว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>collect on delivery</source>
        <translation>เก็บเงินปลายทาง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change for %1</source>
        <translation>ทอนจาก %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payment details</source>
        <translation>ไม่มีรายละเอียดการชำระเงิน</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="-286"/>
        <location filename="../kds/ui/windows/order_text.py" line="+10"/>
        <location filename="../kds/ui/wording.py" line="+160"/>
        <source>Refunded</source>
        <translation>คืนเงินแล้ว</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="+7"/>
        <source>no phone number</source>
        <translation>ไม่มีเบอร์โทร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden by the platform</source>
        <translation>แพลตฟอร์มซ่อนไว้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>decrypting for your rider…</source>
        <translation>กำลังถอดรหัสให้ไรเดอร์ของคุณ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decrypted once the order is accepted</source>
        <translation>ถอดรหัสเมื่อรับออเดอร์แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform did not decrypt it</source>
        <translation>แพลตฟอร์มไม่ได้ถอดรหัส</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/riders_form.py" line="-23"/>
        <source>Riders</source>
        <translation>ไรเดอร์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own riders, for orders the restaurant delivers itself. Dispatch asks which one takes the order and tells the platform, so the customer knows who is coming.</source>
        <translation>ไรเดอร์ของร้านเอง สำหรับออเดอร์ที่ร้านส่งเอง เมื่อกดส่ง ระบบจะถามว่าใครเป็นคนส่งและแจ้งแพลตฟอร์ม ลูกค้าจะได้รู้ว่าใครกำลังมา</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rider</source>
        <translation>เพิ่มไรเดอร์</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rider %1</source>
        <translation>ไรเดอร์ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/order_text.py" line="+15"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With the country code, e.g. +852.</source>
        <translation>ใส่รหัสประเทศ เช่น +66</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vehicle</source>
        <translation>ยานพาหนะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>ทะเบียนรถ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rider</source>
        <translation>ลบไรเดอร์คนนี้</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Rider %1: check the name, the phone (digits, spaces and + only) and the plate.</source>
        <translation>ไรเดอร์ %1: ตรวจชื่อ เบอร์โทร (ตัวเลข ช่องว่าง และ + เท่านั้น) และทะเบียนรถ</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="+2"/>
        <source>Orders here</source>
        <translation>เคยสั่งที่ร้าน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encrypted until decrypted for your rider</source>
        <translation>เข้ารหัสไว้จนกว่าจะถอดรหัสให้ไรเดอร์ของร้าน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rider</source>
        <translation>ไรเดอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup code</source>
        <translation>รหัสรับอาหาร</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not acknowledged yet</source>
        <translation>ยังไม่ได้ยืนยันการรับ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events stored</source>
        <translation>ไม่มีเหตุการณ์ที่บันทึกไว้</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 attempts</source>
        <translation>ลอง %1 ครั้ง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already done on the platform</source>
        <translation>ทำบนแพลตฟอร์มแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions yet</source>
        <translation>ยังไม่มีการดำเนินการ</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-186"/>
        <location line="+17"/>
        <source>Confirm</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Dispatch</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+142"/>
        <location line="+120"/>
        <source>Delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Change rider…</source>
        <translation>เปลี่ยนไรเดอร์…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>ยกเลิก…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund…</source>
        <translation>คืนเงิน…</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_sheets.py" line="-27"/>
        <location filename="../kds/ui/wording.py" line="+18"/>
        <source>Agree refund</source>
        <translation>ยอมรับคืนเงิน</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-3"/>
        <source>Change rider</source>
        <translation>เปลี่ยนไรเดอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+164"/>
        <source>Partial refund</source>
        <translation>คืนเงินบางส่วน</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/board.py" line="-12"/>
        <location filename="../kds/ui/wording.py" line="-154"/>
        <location line="+141"/>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-140"/>
        <source>Marked ready</source>
        <translation>แจ้งพร้อมแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatched</source>
        <translation>ส่งออกแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider changed</source>
        <translation>เปลี่ยนไรเดอร์แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation sent</source>
        <translation>ส่งการยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund sent</source>
        <translation>ส่งการคืนเงินแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund agreed</source>
        <translation>ยอมรับคืนเงินแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund rejected</source>
        <translation>ปฏิเสธคืนเงินแล้ว</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waiting</source>
        <translation>รอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>กำลังส่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_test.py" line="+55"/>
        <source>the printer could not be reached</source>
        <translation>ติดต่อเครื่องพิมพ์ไม่ได้</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the test page could not be queued</source>
        <translation>ไม่สามารถเข้าคิวหน้าทดสอบได้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the printer did not finish the test page in time</source>
        <translation>เครื่องพิมพ์พิมพ์หน้าทดสอบไม่เสร็จทันเวลา</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/sheets/store.py" line="-79"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <source>failed</source>
        <translation>ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-46"/>
        <source>Agree refund…</source>
        <translation>ยอมรับคืนเงิน…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>undone</source>
        <translation>เลิกทำแล้ว</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed</source>
        <translation>ไม่สำเร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform rejected our login</source>
        <translation>แพลตฟอร์มปฏิเสธการเข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the platform</source>
        <translation>ติดต่อแพลตฟอร์มไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform refused</source>
        <translation>แพลตฟอร์มปฏิเสธ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible in the order&apos;s current state</source>
        <translation>ทำไม่ได้ในสถานะปัจจุบันของออเดอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform sent an unreadable answer</source>
        <translation>แพลตฟอร์มตอบกลับข้อมูลที่อ่านไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order is not stored</source>
        <translation>ไม่มีออเดอร์นี้ในระบบ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This order is no longer on this screen.</source>
        <translation>ออเดอร์นี้ไม่อยู่บนหน้าจอแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible any more: the order has moved on.</source>
        <translation>ทำไม่ได้แล้ว: ออเดอร์เปลี่ยนสถานะไปแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason first.</source>
        <translation>เลือกเหตุผลก่อน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one item.</source>
        <translation>เลือกอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rider first.</source>
        <translation>เลือกไรเดอร์ก่อน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action could not be recorded.</source>
        <translation>บันทึกการดำเนินการไม่ได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>motorbike</source>
        <translation>มอเตอร์ไซค์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scooter</source>
        <translation>สกู๊ตเตอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bicycle</source>
        <translation>จักรยาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>car</source>
        <translation>รถยนต์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on foot</source>
        <translation>เดินเท้า</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login rejected: check the platform credentials</source>
        <translation>การเข้าสู่ระบบถูกปฏิเสธ: ตรวจสอบข้อมูลเข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowed down by the platform (rate limit)</source>
        <translation>แพลตฟอร์มจำกัดความถี่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the platform</source>
        <translation>ติดต่อแพลตฟอร์มไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform sent unreadable data</source>
        <translation>แพลตฟอร์มส่งข้อมูลที่อ่านไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some order details not read yet (retrying)</source>
        <translation>ยังอ่านรายละเอียดบางออร์เดอร์ไม่ได้ (กำลังลองใหม่)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reported a notification error</source>
        <translation>%1 แจ้งว่าการส่งการแจ้งเตือนผิดพลาด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reported a notification error: %2</source>
        <translation>%1 แจ้งว่าการส่งการแจ้งเตือนผิดพลาด: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported a problem</source>
        <translation>%1 แจ้งว่ามีปัญหา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 reported a problem: %2</source>
        <translation>%1 แจ้งว่ามีปัญหา: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivery</source>
        <translation>เดลิเวอรี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickup</source>
        <translation>รับเอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own delivery</source>
        <translation>ร้านส่งเอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dine-in</source>
        <translation>ทานที่ร้าน</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Out</source>
        <translation>ออกแล้ว</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed by the platform</source>
        <translation>แพลตฟอร์มปิดแล้ว</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its final time passed</source>
        <translation>เลยเวลาสิ้นสุดแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not marked collected in time</source>
        <translation>ไม่ได้กดรับแล้วทันเวลา</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New order</source>
        <translation>ออเดอร์ใหม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out for delivery</source>
        <translation>กำลังจัดส่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked up</source>
        <translation>รับไปแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation asked for</source>
        <translation>ขอยกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation refused</source>
        <translation>ปฏิเสธการยกเลิก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund not given</source>
        <translation>ไม่ได้คืนเงิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider update</source>
        <translation>อัปเดตไรเดอร์</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>our action went through</source>
        <translation>คำสั่งของร้านสำเร็จแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by the customer</source>
        <translation>โดยลูกค้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by the restaurant</source>
        <translation>โดยร้าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>by the platform</source>
        <translation>โดยแพลตฟอร์ม</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivery fee</source>
        <translation>ค่าจัดส่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fee</source>
        <translation>ค่าบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip</source>
        <translation>ทิป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging</source>
        <translation>ค่าบรรจุภัณฑ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>ค่าธรรมเนียม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash</source>
        <translation>เงินสด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>บัตรเครดิต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit card</source>
        <translation>บัตรเดบิต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal voucher</source>
        <translation>บัตรกำนัลอาหาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food voucher</source>
        <translation>บัตรกำนัลซื้ออาหาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital wallet</source>
        <translation>วอลเล็ตดิจิทัล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepaid</source>
        <translation>ชำระล่วงหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SOLD OUT</source>
        <translation>หมด</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID check</source>
        <translation>ตรวจบัตรประชาชน</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allergy</source>
        <translation>แพ้อาหาร</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accept within</source>
        <translation>รับภายใน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer within</source>
        <translation>ตอบภายใน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start in</source>
        <translation>เริ่มในอีก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparing</source>
        <translation>กำลังทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready for</source>
        <translation>พร้อมมาแล้ว</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Out of some dishes</source>
        <translation>บางเมนูหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing / not trading now</source>
        <translation>ปิดร้าน / หยุดขายชั่วคราว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough staff</source>
        <translation>พนักงานไม่พอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (write why)</source>
        <translation>อื่นๆ (เขียนเหตุผล)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food already prepared</source>
        <translation>ทำอาหารเสร็จแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already out for delivery</source>
        <translation>ออกไปส่งแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item out of stock</source>
        <translation>สินค้าหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items out of stock</source>
        <translation>หลายรายการหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item damaged</source>
        <translation>สินค้าเสียหาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>ผิดรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer asked</source>
        <translation>ลูกค้าขอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too busy</source>
        <translation>ยุ่งเกินไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restaurant closed</source>
        <translation>ร้านปิด</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rider assigned</source>
        <translation>มีไรเดอร์รับงานแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider on the way</source>
        <translation>ไรเดอร์กำลังมา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider here</source>
        <translation>ไรเดอร์มาถึงแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider picked up</source>
        <translation>ไรเดอร์รับอาหารแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider delivering</source>
        <translation>ไรเดอร์กำลังไปส่ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider cancelled</source>
        <translation>ไรเดอร์ยกเลิก</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-224"/>
        <location filename="../kds/ui/wording.py" line="+2"/>
        <source>Rider: %1</source>
        <translation>ไรเดอร์: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+10"/>
        <source>Refund request — status %1</source>
        <translation>คำขอคืนเงิน — สถานะ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s ago</source>
        <translation>%1 วิที่แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>%1 นาทีที่แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h ago</source>
        <translation>%1 ชม. ที่แล้ว</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/print_problems.py" line="-20"/>
        <source>Print jobs that did not print</source>
        <translation>งานพิมพ์ที่พิมพ์ไม่ออก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry sends a job again. If a job was cut off, look at the printer: Printed OK if the paper is there, else Reprint.</source>
        <translation>ลองใหม่จะส่งงานพิมพ์อีกครั้ง ถ้างานพิมพ์ถูกตัดกลางคัน ให้ดูที่เครื่องพิมพ์: ถ้ามีกระดาษออกมากด พิมพ์แล้ว ถ้าไม่มีกด พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing left to do: every job printed.</source>
        <translation>ไม่มีงานค้าง: พิมพ์ครบทุกงานแล้ว</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/print_lines.py" line="+61"/>
        <source>ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>paper low</source>
        <translation>กระดาษใกล้หมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper out</source>
        <translation>กระดาษหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked yet</source>
        <translation>ยังไม่ได้ตรวจ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The printer does not report its paper; the last connection worked.</source>
        <translation>เครื่องพิมพ์ไม่แจ้งสถานะกระดาษ การเชื่อมต่อครั้งล่าสุดใช้ได้</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/drawer.py" line="-114"/>
        <source>Kitchen ticket</source>
        <translation>ใบสั่งครัว</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Receipt</source>
        <translation>ใบเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation slip</source>
        <translation>ใบยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund slip</source>
        <translation>ใบคืนเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Delivery slip</source>
        <translation>ใบส่งของ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test page</source>
        <translation>หน้าทดสอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-day slip</source>
        <translation>ใบสรุปปิดวัน</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 · REPRINT #%2</source>
        <translation>%1 · พิมพ์ซ้ำ #%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not print; a later copy did</source>
        <translation>พิมพ์ไม่ออก แต่สำเนาที่พิมพ์ทีหลังออกแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to print</source>
        <translation>รอพิมพ์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>printed %1</source>
        <translation>พิมพ์แล้ว %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed: %1</source>
        <translation>ยังไม่ได้พิมพ์: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown error</source>
        <translation>ข้อผิดพลาดที่ไม่ทราบสาเหตุ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trying again at %1</source>
        <translation>จะลองใหม่เวลา %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may have printed: it was cut off while printing. Check the printer.</source>
        <translation>อาจพิมพ์ออกแล้ว: ถูกตัดระหว่างพิมพ์ ตรวจดูที่เครื่องพิมพ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed OK</source>
        <translation>พิมพ์แล้ว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint</source>
        <translation>พิมพ์ซ้ำ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open order</source>
        <translation>เปิดออเดอร์</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kitchen ticket not printed</source>
        <translation>ใบสั่งครัวยังไม่ได้พิมพ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kitchen ticket may not have printed</source>
        <translation>ใบสั่งครัวอาจพิมพ์ไม่ออก</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/printer_status.py" line="+23"/>
        <source>⚠ 1 print job did not print</source>
        <translation>⚠ พิมพ์ไม่ออก 1 งาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 print jobs did not print</source>
        <translation>⚠ พิมพ์ไม่ออก %1 งาน</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/receipt_preview.py" line="+94"/>
        <source>No preview: a font the printer&apos;s pictures need is not installed.</source>
        <translation>แสดงตัวอย่างไม่ได้: ไม่ได้ติดตั้งฟอนต์ที่ใช้วาดภาพสำหรับพิมพ์</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/rider.py" line="+42"/>
        <source>Now with %1.</source>
        <translation>ตอนนี้อยู่กับ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform tells the customer who is coming.</source>
        <translation>แพลตฟอร์มจะแจ้งลูกค้าว่าใครกำลังมา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No riders yet: add your riders in Settings → Riders.</source>
        <translation>ยังไม่มีไรเดอร์: เพิ่มได้ที่ การตั้งค่า → ไรเดอร์</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dispatch without a name</source>
        <translation>ส่งโดยไม่ระบุชื่อ</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connection_test.py" line="+37"/>
        <source>These settings cannot be used: %1</source>
        <translation>ใช้การตั้งค่านี้ไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform refused these credentials: %1</source>
        <translation>แพลตฟอร์มปฏิเสธข้อมูลเข้าสู่ระบบนี้: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect: %1</source>
        <translation>เชื่อมต่อไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform answered with a problem: %1</source>
        <translation>แพลตฟอร์มตอบกลับพร้อมปัญหา: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform did not answer within %1 s.</source>
        <translation>แพลตฟอร์มไม่ตอบภายใน %1 วินาที</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: the platform accepted these credentials.</source>
        <translation>เชื่อมต่อแล้ว: แพลตฟอร์มยอมรับข้อมูลเข้าสู่ระบบนี้</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/store.py" line="+60"/>
        <location filename="../kds/ui/windows/main_window.py" line="-483"/>
        <location line="+514"/>
        <source>Store</source>
        <translation>ร้าน</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Until resumed</source>
        <translation>จนกว่าจะเปิดรับใหม่</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>failed: %1</source>
        <translation>ล้มเหลว: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet — retrying: %1</source>
        <translation>ยังไม่ได้ส่ง — กำลังลองใหม่: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet — retrying</source>
        <translation>ยังไม่ได้ส่ง — กำลังลองใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>ยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+211"/>
        <source>reopening %1</source>
        <translation>การเปิดร้านอีกครั้ง %1</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · until resumed</source>
        <translation>%1 · จนกว่าจะเปิดรับใหม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · resumes %2 (%3)</source>
        <translation>%1 · เปิดรับใหม่ %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused — %1</source>
        <translation>หยุดรับ — %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>On which platforms:</source>
        <translation>บนแพลตฟอร์มไหน:</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="+190"/>
        <location filename="../kds/ui/sheets/store.py" line="+1"/>
        <source>All platforms</source>
        <translation>ทุกแพลตฟอร์ม</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/store.py" line="+5"/>
        <source>Pause new orders:</source>
        <translation>หยุดรับออเดอร์ใหม่:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <translation>เปิดรับใหม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or pause until a time:</source>
        <translation>หรือหยุดรับถึงเวลาที่เลือก:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Busy: add minutes to the preparation time sent on confirm, for an hour:</source>
        <translation>ยุ่ง: เพิ่มนาทีในเวลาเตรียมที่ส่งตอนยืนยัน เป็นเวลาหนึ่งชั่วโมง:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+%1 min</source>
        <translation>+%1 นาที</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End busy</source>
        <translation>เลิกโหมดยุ่ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sold out…</source>
        <translation>ของหมด…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Busy adds its minutes to the preparation time sent on confirm.</source>
        <translation>โหมดยุ่งจะเพิ่มนาทีในเวลาเตรียมที่ส่งตอนยืนยัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy changes nothing here: this platform takes no preparation time on confirm.</source>
        <translation>โหมดยุ่งไม่เปลี่ยนอะไรที่นี่: แพลตฟอร์มนี้ไม่รับเวลาเตรียมตอนยืนยัน</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pause until %1</source>
        <translation>หยุดรับถึง %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pause it on the platform&apos;s own tablet</source>
        <translation>หยุดรับที่แท็บเล็ตของแพลตฟอร์มเอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taking orders</source>
        <translation>รับออเดอร์อยู่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until resumed</source>
        <translation>หยุดรับจนกว่าจะเปิดรับใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until %1</source>
        <translation>หยุดรับถึง %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>busy +%1 min</source>
        <translation>ยุ่ง +%1 นาที</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/stations_form.py" line="+0"/>
        <source>Counter</source>
        <translation>เคาน์เตอร์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expo</source>
        <translation>เอ็กซ์โป</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word in the name</source>
        <translation>คำในชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>รหัสสินค้า</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kitchen stations</source>
        <translation>สถานีครัว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This screen</source>
        <translation>หน้าจอนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This screen is</source>
        <translation>หน้าจอนี้คือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter: every order and every action. Kitchen station: only the lines routed to it, in big type; tap a line when it is made, Bump when the station&apos;s part is done. Expo: every order with each station&apos;s progress.</source>
        <translation>เคาน์เตอร์: ทุกออเดอร์และทุกการกระทำ สถานีครัว: เฉพาะรายการที่ส่งมาที่สถานีนี้ ตัวอักษรใหญ่ แตะรายการเมื่อทำเสร็จ และกดเสร็จเมื่อส่วนของสถานีเสร็จ เอ็กซ์โป: ทุกออเดอร์พร้อมความคืบหน้าของแต่ละสถานี</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which station</source>
        <translation>สถานีไหน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restaurant&apos;s stations</source>
        <translation>สถานีของร้าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by every screen of the restaurant. Names as the kitchen says them: GRILL, DRINKS.</source>
        <translation>ใช้ร่วมกันทุกหน้าจอของร้าน ตั้งชื่อตามที่ครัวเรียก: ย่าง, เครื่องดื่ม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station name</source>
        <translation>ชื่อสถานี</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a station</source>
        <translation>เพิ่มสถานี</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines no rule matches go to</source>
        <translation>รายการที่ไม่ตรงกฎไหนไปที่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routing rules</source>
        <translation>กฎการส่งรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried from the top; the first that matches decides. A word matches the item&apos;s name in any language the platform sends, without accents or capitals.</source>
        <translation>ลองจากบนลงล่าง กฎแรกที่ตรงเป็นตัวตัดสิน คำจะเทียบกับชื่อสินค้าในทุกภาษาที่แพลตฟอร์มส่งมา โดยไม่สนวรรณยุกต์หรือตัวพิมพ์ใหญ่</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. suco, 茶, drinks, SKU-123</source>
        <translation>เช่น ชา, 茶, drinks, SKU-123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1</source>
        <translation>กฎ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goes to</source>
        <translation>ไปที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rule</source>
        <translation>ลบกฎนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rule</source>
        <translation>เพิ่มกฎ</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Two stations have the same name.</source>
        <translation>มีสองสถานีชื่อซ้ำกัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which station this kitchen screen is.</source>
        <translation>เลือกว่าหน้าจอครัวนี้คือสถานีไหน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule %1: choose the station it goes to.</source>
        <translation>กฎ %1: เลือกสถานีปลายทาง</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/recall.py" line="-16"/>
        <source>Recall a bumped order</source>
        <translation>เรียกคืนออเดอร์ที่เสร็จแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap an order to bring it back to the screen.</source>
        <translation>แตะออเดอร์เพื่อนำกลับมาที่หน้าจอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing bumped yet.</source>
        <translation>ยังไม่มีออเดอร์ที่เสร็จ</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/stations.py" line="-70"/>
        <source>+ 1 item at %1</source>
        <translation>+ 1 รายการที่ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 items at %2</source>
        <translation>+ %1 รายการที่ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 done</source>
        <translation>%1 เสร็จแล้ว</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 working</source>
        <translation>%1 กำลังทำ</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+17"/>
        <source>Bump</source>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/report_charts.py" line="+102"/>
        <source>Orders per hour</source>
        <translation>ออเดอร์ต่อชั่วโมง</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hour</source>
        <translation>ชั่วโมง</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time to accept</source>
        <translation>เวลารับออเดอร์</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deadline %1</source>
        <translation>กำหนด %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/sold_out.py" line="+69"/>
        <source>told</source>
        <translation>แจ้งแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>telling…</source>
        <translation>กำลังแจ้ง…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed — retrying</source>
        <translation>ไม่สำเร็จ — กำลังลองใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed — mark it again or do it on the platform&apos;s tablet</source>
        <translation>ไม่สำเร็จ — ทำเครื่องหมายอีกครั้งหรือทำบนแท็บเล็ตของแพลตฟอร์ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be told here: %1</source>
        <translation>แจ้งจากที่นี่ไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>do it on the platform&apos;s tablet</source>
        <translation>ทำบนแท็บเล็ตของแพลตฟอร์ม</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SOLD OUT until switched back</source>
        <translation>หมดจนกว่าจะเปิดขายอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOLD OUT until %1</source>
        <translation>หมดถึง %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sold out</source>
        <translation>ของหมด</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search dishes (name or code)</source>
        <translation>ค้นหาเมนู (ชื่อหรือรหัส)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sold out until end of day</source>
        <translation>หมดจนถึงสิ้นวัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For %1 h</source>
        <translation>%1 ชั่วโมง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until switched back</source>
        <translation>จนกว่าจะเปิดขายอีกครั้ง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back in stock</source>
        <translation>มีของแล้ว</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link with another dish…</source>
        <translation>รวมกับเมนูอื่น…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No dish found. Dishes appear here once they were ordered.</source>
        <translation>ยังไม่มีเมนู เมนูจะแสดงที่นี่เมื่อมีการสั่งแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dish matches.</source>
        <translation>ไม่มีเมนูที่ตรงกัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to find the other %1 dishes.</source>
        <translation>พิมพ์เพื่อค้นหาอีก %1 เมนู</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap the dish to link into the selected one.</source>
        <translation>แตะเมนูที่จะรวมเข้ากับเมนูที่เลือก</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap a dish to mark it sold out or back in stock.</source>
        <translation>แตะเมนูเพื่อทำเครื่องหมายว่าหมดหรือมีของแล้ว</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>KDS tells it when you mark the dish</source>
        <translation>KDS จะแจ้งเมื่อคุณทำเครื่องหมายเมนู</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Split off</source>
        <translation>แยกออก</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/counts.py" line="+155"/>
        <source>All-day counts</source>
        <translation>ยอดรวมแต่ละเมนู</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to cook, every platform. Tap a dish to find its tickets.</source>
        <translation>ที่ยังต้องทำ ทุกแพลตฟอร์ม แตะเมนูเพื่อดูตั๋วที่มีเมนูนั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to cook.</source>
        <translation>ไม่มีอะไรต้องทำ</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/store_wait.py" line="-14"/>
        <source>The board opens by itself as soon as the restaurant database answers.</source>
        <translation>หน้ากระดานออเดอร์จะเปิดเองทันทีที่ฐานข้อมูลของร้านตอบกลับ</translation>
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
        <translation>KDS ดึงออเดอร์ใหม่จาก Keeta ทุก 30 วินาที รหัส ID และ secret อยู่ในพอร์ทัลนักพัฒนาของ Keeta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the store on Keeta for every merchant ID of this station, and opens it again.</source>
        <translation>ปิดร้านบน Keeta สำหรับทุก ID ร้านค้าของสถานีนี้ และเปิดอีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Delivery only takes whole-menu updates: switch single dishes off on the Keeta tablet.</source>
        <translation>Open Delivery รับเฉพาะการอัปเดตทั้งเมนู: ปิดเมนูทีละรายการที่แท็บเล็ต Keeta</translation>
    </message>
    <message>
        <location filename="../kds/platforms/keeta_std/spec.py" line="+64"/>
        <source>Keeta — Standard API</source>
        <translation>Keeta — Standard API</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeta sends orders to your relay (kds relay); KDS collects them there within a second.</source>
        <translation>Keeta ส่งออเดอร์ไปยังรีเลย์ของคุณ (kds relay) แล้ว KDS ดึงจากที่นั่นภายในหนึ่งวินาที</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause on the Keeta tablet: KDS cannot close this store yet.</source>
        <translation>หยุดรับที่แท็บเล็ต Keeta: KDS ยังปิดร้านนี้ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch dishes off on the Keeta tablet: KDS cannot do it there yet.</source>
        <translation>ปิดเมนูที่แท็บเล็ต Keeta: KDS ยังทำที่นั่นไม่ได้</translation>
    </message>
    <message>
        <location filename="../kds/platforms/gofood/spec.py" line="+57"/>
        <source>GoFood</source>
        <translation>GoFood</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manual: staff accept within 3 minutes, or GoFood rejects</source>
        <translation>แมนนวล: พนักงานต้องรับภายใน 3 นาที ไม่เช่นนั้น GoFood จะปฏิเสธ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept on timeout: accepted after 1 minute if nobody acts</source>
        <translation>รับอัตโนมัติเมื่อหมดเวลา: รับให้หลัง 1 นาทีหากไม่มีใครดำเนินการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept: every order accepted at once</source>
        <translation>รับอัตโนมัติ: รับทุกออเดอร์ทันที</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GoBiz</source>
        <translation>GoBiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoFood sends orders to your relay (kds relay); KDS collects them there within a second. Choose the acceptance mode that is set at GoBiz.</source>
        <translation>GoFood ส่งออเดอร์ไปยังรีเลย์ของคุณ (kds relay) แล้ว KDS ดึงจากที่นั่นภายในหนึ่งวินาที เลือกโหมดการรับออเดอร์ให้ตรงกับที่ตั้งไว้ใน GoBiz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the outlet on GoFood (force close) and opens it again.</source>
        <translation>ปิดร้านบน GoFood (force close) และเปิดอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch single dishes off in the GoBiz app: KDS cannot do it there yet.</source>
        <translation>ปิดเมนูทีละรายการในแอป GoBiz: KDS ยังทำที่นั่นไม่ได้</translation>
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
        <translation>Zeek ส่งออเดอร์ Circle K ไปที่ relay ของคุณ (kds relay) แล้ว KDS จะรับออเดอร์จากที่นั่นภายในหนึ่งวินาที</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The relay answers every CKGo stock check &quot;out of stock&quot; while paused.</source>
        <translation>ระหว่างหยุดรับ รีเลย์จะตอบการเช็กสต็อกของ CKGo ทุกครั้งว่า &quot;ของหมด&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay answers CKGo&apos;s stock check for the dish &quot;out of stock&quot;; with the product update path set, CKGo&apos;s product list is switched too (BatchUpdateProduct).</source>
        <translation>รีเลย์จะตอบการเช็กสต็อกของ CKGo สำหรับเมนูนั้นว่า &quot;ของหมด&quot; และเมื่อตั้งพาธอัปเดตสินค้าไว้ รายการสินค้าใน CKGo จะถูกเปลี่ยนด้วย (BatchUpdateProduct)</translation>
    </message>
</context>
</TS>
