<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name></name>
    <message>
        <location filename="../kds/ui/session.py" line="+145"/>
        <source>This screen joined a restaurant that already had its settings: its platform accounts, printers, manager PIN and order handling now come from the restaurant&apos;s database. This screen&apos;s own earlier settings are kept in %1.</source>
        <translation>Màn hình này đã tham gia một nhà hàng đã có cài đặt riêng: tài khoản nền tảng, máy in, mã PIN quản lý và cách xử lý đơn nay lấy từ cơ sở dữ liệu của nhà hàng. Cài đặt cũ của màn hình này được giữ trong %1.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Settings saved. KDS reconnected with them.</source>
        <translation>Đã lưu cài đặt. KDS đã kết nối lại theo cài đặt mới.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/about.py" line="+60"/>
        <source>Orders database: the restaurant&apos;s PostgreSQL, %1</source>
        <translation>Cơ sở dữ liệu đơn hàng: PostgreSQL của nhà hàng, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders database: none (kept in memory)</source>
        <translation>Cơ sở dữ liệu đơn hàng: không có (giữ trong bộ nhớ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders database: this screen&apos;s own SQLite file</source>
        <translation>Cơ sở dữ liệu đơn hàng: tệp SQLite riêng của màn hình này</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>KDS %1</source>
        <translation>KDS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kitchen display and order desk for restaurant counters.</source>
        <translation>Màn hình bếp và quầy nhận đơn cho nhà hàng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt %1 · PySide6 %2 · Python %3 · %4</source>
        <translation>Qt %1 · PySide6 %2 · Python %3 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logs</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings file</source>
        <translation>Tệp cài đặt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders database</source>
        <translation>Cơ sở dữ liệu đơn hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: Apache 2.0</source>
        <translation>Giấy phép: Apache 2.0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diagnostics for support: the logs (without phone numbers, addresses or passwords), the settings without secrets, and order counts.</source>
        <translation>Dữ liệu chẩn đoán cho bộ phận hỗ trợ: nhật ký (không có số điện thoại, địa chỉ hay mật khẩu), cài đặt không kèm thông tin bí mật, và số lượng đơn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export diagnostics</source>
        <translation>Xuất dữ liệu chẩn đoán</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export: %1</source>
        <translation>Không xuất được: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About KDS</source>
        <translation>Giới thiệu KDS</translation>
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
        <translation>Đóng</translation>
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
        <translation>Token tenant của relay</translation>
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
        <translation>Token truy cập của cửa hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token (optional)</source>
        <translation>Token làm mới (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region (optional, SGN when empty)</source>
        <translation>Khu vực (không bắt buộc, để trống là SGN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product update path (optional)</source>
        <translation>Đường dẫn cập nhật sản phẩm (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose what is set at GoBiz: the clock on each new order follows it.</source>
        <translation>Chọn đúng như cài đặt trên GoBiz: đồng hồ của mỗi đơn mới sẽ chạy theo đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only outlets whose mode differs, e.g. G123456789=auto_accept_on_timeout; separate them with commas.</source>
        <translation>Chỉ các cửa hàng có chế độ khác, ví dụ G123456789=auto_accept_on_timeout; phân cách bằng dấu phẩy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the platform takes BatchUpdateProduct, e.g. /api/v1.0/product/update: sold-out dishes are then switched off in its product list too.</source>
        <translation>Nơi nền tảng nhận BatchUpdateProduct, ví dụ /api/v1.0/product/update: món hết hàng khi đó cũng được tắt trong danh sách sản phẩm của nền tảng.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>API address</source>
        <translation>Địa chỉ API</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Address (base URL)</source>
        <translation>Địa chỉ (URL gốc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in (OAuth) address</source>
        <translation>Địa chỉ đăng nhập (OAuth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet ID</source>
        <translation>Mã chi nhánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode</source>
        <translation>Chế độ nhận đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode per outlet (optional)</source>
        <translation>Chế độ nhận đơn theo từng cửa hàng (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay address</source>
        <translation>Địa chỉ relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant IDs</source>
        <translation>Mã cửa hàng</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/forms.py" line="+48"/>
        <location filename="../kds/ui/sheets/confirm.py" line="+104"/>
        <location filename="../kds/ui/sheets/store.py" line="+140"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+265"/>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Behaviour</source>
        <translation>Cách hoạt động</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepting orders</source>
        <translation>Nhận đơn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm new %1 orders automatically</source>
        <translation>Tự động xác nhận đơn mới từ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off is safer: staff confirm each order. On: every new order is confirmed at once, even when nobody is at the counter.</source>
        <translation>Tắt an toàn hơn: nhân viên xác nhận từng đơn. Bật: mọi đơn mới được xác nhận ngay, kể cả khi không có ai ở quầy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual preparation time</source>
        <translation>Thời gian chuẩn bị thường lệ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Confirm tells the platform.</source>
        <translation>Thời gian báo cho nền tảng khi xác nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always send the usual time</source>
        <translation>Luôn gửi thời gian thường lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time</source>
        <translation>Hỏi mỗi lần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation time</source>
        <translation>Thời gian chuẩn bị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time: Confirm offers 10 to 45 minutes, the usual time highlighted (only where the platform takes a preparation time).</source>
        <translation>Hỏi mỗi lần: Xác nhận đưa ra từ 10 đến 45 phút, thời gian thường lệ được tô sáng (chỉ khi nền tảng nhận thời gian chuẩn bị).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sounds</source>
        <translation>Âm thanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring for new orders and alarms</source>
        <translation>Đổ chuông khi có đơn mới và cảnh báo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>Âm lượng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket colours</source>
        <translation>Màu phiếu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amber after</source>
        <translation>Vàng sau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time since the order was accepted.</source>
        <translation>Tính từ lúc nhận đơn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red after</source>
        <translation>Đỏ sau</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+134"/>
        <location filename="../kds/ui/windows/drawer.py" line="+188"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to undo Ready, Collected and Delivered</source>
        <translation>Thời gian hoàn tác Sẵn sàng, Đã lấy và Đã giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 sends at once, without Undo.</source>
        <translation>0 là gửi ngay, không có Hoàn tác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Giờ mở cửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a platform stays closed during these hours for more than a few minutes, the board rings and offers to reopen it. No day ticked: no opening hours.</source>
        <translation>Khi một nền tảng vẫn đóng quá vài phút trong những giờ này, màn hình sẽ đổ chuông và đề nghị mở lại. Không đánh dấu ngày nào: không có giờ mở cửa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A closing time before the opening time runs past midnight.</source>
        <translation>Giờ đóng cửa sớm hơn giờ mở cửa nghĩa là mở qua nửa đêm.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A day&apos;s opening and closing times must differ.</source>
        <translation>Giờ mở cửa và giờ đóng cửa của một ngày phải khác nhau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amber time must be shorter than the red time.</source>
        <translation>Thời gian vàng phải ngắn hơn thời gian đỏ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Screen</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times and prices follow the language&apos;s usual format.</source>
        <translation>Giờ và giá hiển thị theo định dạng quen thuộc của ngôn ngữ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/sheets/more.py" line="-8"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/sheets/more.py" line="+0"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark is easier on the eyes in a kitchen.</source>
        <translation>Nền tối đỡ mỏi mắt hơn trong bếp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compact</source>
        <translation>Gọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>Đầy đủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card size</source>
        <translation>Cỡ thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: compact cards when a column is crowded, full cards otherwise.</source>
        <translation>Tự động: thẻ gọn khi một cột quá đông, thẻ đầy đủ trong các trường hợp khác.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No clean-up yet.</source>
        <translation>Chưa dọn dữ liệu lần nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last clean-up: %1 %2 — %3 old orders deleted, customer details of %4 orders erased.</source>
        <translation>Lần dọn gần nhất: %1 %2 — đã xóa %3 đơn cũ, đã xóa thông tin khách của %4 đơn.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+34"/>
        <source>This screen joins a restaurant</source>
        <translation>Màn hình này tham gia một nhà hàng</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Kiosk mode: full screen, nothing else on screen</source>
        <translation>Chế độ kiosk: toàn màn hình, không hiện gì khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a manager PIN, leaving full screen asks for it.</source>
        <translation>Nếu có mã PIN quản lý, thoát toàn màn hình sẽ cần nhập mã.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start KDS when this computer starts</source>
        <translation>Mở KDS khi máy tính khởi động</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry: %1</source>
        <translation>Mục khởi động: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeping data</source>
        <translation>Lưu giữ dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep orders for</source>
        <translation>Giữ đơn hàng trong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and their history, for the day&apos;s report; older ones are deleted.</source>
        <translation>Đơn hàng và lịch sử của chúng, cho báo cáo trong ngày; đơn cũ hơn sẽ bị xóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase customer details after</source>
        <translation>Xóa thông tin khách sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, phones and addresses, counted from when the order is finished.</source>
        <translation>Tên, số điện thoại và địa chỉ, tính từ khi đơn hoàn tất.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several screens of one restaurant share one PostgreSQL database. Give every screen the same address; leave it empty for a screen on its own.</source>
        <translation>Nhiều màn hình của một nhà hàng dùng chung một cơ sở dữ liệu PostgreSQL. Nhập cùng một địa chỉ trên mọi màn hình; để trống nếu màn hình dùng riêng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database address</source>
        <translation>Địa chỉ cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database password</source>
        <translation>Mật khẩu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>Được lưu trong kho khóa của máy tính này, không bao giờ trong tệp cài đặt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KDS starts again on the restaurant&apos;s database when you save.</source>
        <translation>KDS khởi động lại trên cơ sở dữ liệu của nhà hàng khi bạn lưu.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The database address starts with postgresql://</source>
        <translation>Địa chỉ cơ sở dữ liệu bắt đầu bằng postgresql://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the database password in its own field, not in the address.</source>
        <translation>Nhập mật khẩu cơ sở dữ liệu vào ô riêng của nó, không phải trong địa chỉ.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <location filename="../kds/ui/setup/pin.py" line="+78"/>
        <source>Manager PIN</source>
        <translation>Mã PIN quản lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manager PIN is set.</source>
        <translation>Đã đặt mã PIN quản lý.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No manager PIN: anyone at the counter can cancel, refund and change settings.</source>
        <translation>Chưa có mã PIN quản lý: ai ở quầy cũng có thể hủy, hoàn tiền và đổi cài đặt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4 to 12 digits</source>
        <translation>4 đến 12 chữ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same again</source>
        <translation>nhập lại mã trên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN</source>
        <translation>Mã PIN mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the PIN</source>
        <translation>Đổi mã PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Leave empty to keep it as it is.</source>
        <translation>Không bắt buộc. Để trống để giữ nguyên.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/setup/riders_form.py" line="+70"/>
        <source>Optional.</source>
        <translation>Không bắt buộc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the PIN</source>
        <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the manager PIN</source>
        <translation>Xóa mã PIN quản lý</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN is asked for</source>
        <translation>Cần mã PIN khi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling an order</source>
        <translation>Hủy đơn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds (partial, agree, reject)</source>
        <translation>Hoàn tiền (một phần, đồng ý, từ chối)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening Settings</source>
        <translation>Mở Cài đặt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>Mã PIN phải có 4 đến 12 chữ số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same.</source>
        <translation>Hai mã PIN không khớp.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/pin.py" line="+18"/>
        <source>Clear</source>
        <translation>Xóa</translation>
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
        <translation>Sai mã PIN. Thử lại.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Sai mã PIN quá nhiều lần. Thử lại sau %1 giây.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/credentials.py" line="+14"/>
        <source>Several stores: separate them with commas.</source>
        <translation>Nhiều cửa hàng: ngăn cách bằng dấu phẩy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your relay runs, e.g. https://relay.example.com</source>
        <translation>Nơi relay của bạn chạy, ví dụ https://relay.example.com</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/platforms_form.py" line="+85"/>
        <source>Platforms</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/forms.py" line="-123"/>
        <location filename="../kds/ui/setup/platforms_form.py" line="+54"/>
        <source>Saved in the keyring — type to replace</source>
        <translation>Đã lưu trong kho khóa — nhập để thay</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/platforms_form.py" line="+9"/>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forget the saved credentials</source>
        <translation>Xóa thông tin đăng nhập đã lưu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: type %2 to test the connection (a saved secret is never read back into the form).</source>
        <translation>%1: hãy nhập %2 để kiểm tra kết nối (bí mật đã lưu không bao giờ được đọc lại vào biểu mẫu).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>When the saved access token expires is not known yet; with a refresh token KDS renews it at the first call and learns it.</source>
        <translation>Chưa biết khi nào token truy cập đã lưu hết hạn; nếu có token làm mới, KDS sẽ gia hạn ở lần gọi đầu tiên và biết được ngày hết hạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved access token expired on %1.</source>
        <translation>Token truy cập đã lưu đã hết hạn vào %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved access token is valid until %1; KDS renews it by itself a few days before.</source>
        <translation>Token truy cập đã lưu có hiệu lực đến %1; KDS tự gia hạn vài ngày trước đó.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: each merchant ID only once.</source>
        <translation>%1: mỗi mã cửa hàng chỉ nhập một lần.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 must be an http:// or https:// address, without a password.</source>
        <translation>%1: %2 phải là địa chỉ http:// hoặc https://, không kèm mật khẩu.</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+131"/>
        <location line="+12"/>
        <source>%1: fill in %2.</source>
        <translation>%1: hãy điền %2.</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Demo: %1 run on the built-in simulators now. The switches below are this station&apos;s own platforms, used when KDS starts without --demo.</source>
        <translation>Demo: %1 đang chạy trên trình mô phỏng có sẵn. Các công tắc bên dưới là nền tảng riêng của trạm này, dùng khi KDS khởi động không có --demo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is not available on this computer, so the credentials cannot be kept there. Choose another place below, or start the keyring (on Linux: GNOME Keyring or KWallet) and open Settings again.</source>
        <translation>Kho khóa hệ thống không dùng được trên máy này, nên không thể giữ thông tin đăng nhập ở đó. Hãy chọn nơi khác bên dưới, hoặc bật kho khóa (trên Linux: GNOME Keyring hoặc KWallet) rồi mở lại Cài đặt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted credentials file is locked: tap Connect on the board and enter the manager PIN, then open Settings again.</source>
        <translation>Tệp thông tin đăng nhập mã hóa đang bị khóa: chạm Kết nối trên bảng và nhập mã PIN quản lý, rồi mở lại Cài đặt.</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>%1: %2 must be a number.</source>
        <translation>%1: %2 phải là số.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_form.py" line="+43"/>
        <source>Kitchen tickets</source>
        <translation>Phiếu bếp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellations</source>
        <translation>Phiếu hủy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds</source>
        <translation>Phiếu hoàn tiền</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the printer</source>
        <translation>máy in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: enter the printer&apos;s network address.</source>
        <translation>%1: nhập địa chỉ mạng của máy in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the port must be a number (usually 9100).</source>
        <translation>%1: cổng phải là số (thường là 9100).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the USB vendor and product IDs are hexadecimal, like 04b8 and 0e15.</source>
        <translation>%1: mã hãng và mã sản phẩm USB là số thập lục phân, ví dụ 04b8 và 0e15.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the serial port, like /dev/ttyUSB0 or COM3.</source>
        <translation>%1: nhập cổng nối tiếp, ví dụ /dev/ttyUSB0 hoặc COM3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the device or file, like /dev/usb/lp0.</source>
        <translation>%1: nhập thiết bị hoặc tệp, ví dụ /dev/usb/lp0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the name of the system&apos;s printer queue.</source>
        <translation>%1: nhập tên hàng đợi máy in của hệ thống.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every printer needs a name.</source>
        <translation>Mỗi máy in cần có tên.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: choose at least one kind of document.</source>
        <translation>%1: chọn ít nhất một loại phiếu.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printers</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No printer yet. KDS works without one; add it now or later.</source>
        <translation>Chưa có máy in. KDS vẫn chạy khi không có máy in; thêm ngay hoặc để sau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a printer</source>
        <translation>Thêm máy in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer %1</source>
        <translation>Máy in %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to the screen %1</source>
        <translation>Kết nối với màn hình %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kitchen</source>
        <translation>bếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/riders_form.py" line="-8"/>
        <location line="+3"/>
        <location filename="../kds/ui/windows/order_text.py" line="+159"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRILL</source>
        <translation>NƯỚNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/stations_form.py" line="+28"/>
        <source>Kitchen station</source>
        <translation>Khu bếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its kitchen tickets then show only that station&apos;s lines. Empty: every line.</source>
        <translation>Phiếu bếp của máy này chỉ in các món của khu đó. Để trống: mọi món.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>Nối tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Device or file</source>
        <translation>Thiết bị hoặc tệp</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>System printer</source>
        <translation>Máy in hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../kds/ui/windows/order_text.py" line="+14"/>
        <location line="+2"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor ID</source>
        <translation>Mã hãng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product ID</source>
        <translation>Mã sản phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial port</source>
        <translation>Cổng nối tiếp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer queue name</source>
        <translation>Tên hàng đợi máy in</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed (baud)</source>
        <translation>Tốc độ (baud)</translation>
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
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>Bảng mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CP858 for most Latin text; CP874 Thai; CP1258 Vietnamese.</source>
        <translation>CP858 cho hầu hết chữ Latinh; CP874 tiếng Thái; CP1258 tiếng Việt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prints</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When confirmed</source>
        <translation>Khi xác nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it arrives</source>
        <translation>Khi đơn đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked</source>
        <translation>Chỉ khi yêu cầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints by itself</source>
        <translation>Tự động in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the screen</source>
        <translation>Giống màn hình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed in</source>
        <translation>In bằng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language of the ticket&apos;s own words.</source>
        <translation>Ngôn ngữ của các chữ in trên phiếu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a test page</source>
        <translation>In trang thử</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this printer</source>
        <translation>Xóa máy in này</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Printing a test page…</source>
        <translation>Đang in trang thử…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The test page did not print: %1</source>
        <translation>Không in được trang thử: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test page sent. Check the printer.</source>
        <translation>Đã gửi trang thử. Hãy kiểm tra máy in.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Two printers have the same name.</source>
        <translation>Có hai máy in trùng tên.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connect.py" line="+40"/>
        <source>System keyring</source>
        <translation>Kho khóa hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safest place: the system keeps them and KDS reads them at each start.</source>
        <translation>Nơi an toàn nhất: hệ thống giữ chúng và KDS đọc mỗi lần khởi động.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For this run only</source>
        <translation>Chỉ cho lần chạy này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in memory and gone when KDS closes: nothing is written to disk, but someone must type them again at each start.</source>
        <translation>Giữ trong bộ nhớ và mất khi đóng KDS: không ghi gì xuống đĩa, nhưng mỗi lần khởi động phải có người nhập lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted file, opened with the manager PIN</source>
        <translation>Tệp mã hóa, mở bằng mã PIN quản lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in a file encrypted with a key made from the manager PIN, which unlocks it at each start. Whoever copies the file can try PINs: use a long PIN.</source>
        <translation>Giữ trong một tệp mã hóa bằng khóa tạo từ mã PIN quản lý, mã này mở tệp mỗi lần khởi động. Ai sao chép tệp đều có thể thử đoán PIN: hãy dùng PIN dài.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The encrypted file needs a manager PIN: set one first.</source>
        <translation>Tệp mã hóa cần mã PIN quản lý: hãy đặt trước.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="+171"/>
        <source>Connect the platforms</source>
        <translation>Kết nối các nền tảng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keyring is not available on this computer. Choose where KDS keeps these credentials:</source>
        <translation>Kho khóa hệ thống không dùng được trên máy này. Chọn nơi KDS giữ các thông tin đăng nhập này:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where KDS keeps the credentials.</source>
        <translation>Hãy chọn nơi KDS giữ thông tin đăng nhập.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-3"/>
        <source>Unlock the encrypted credentials file</source>
        <translation>Mở khóa tệp thông tin đăng nhập mã hóa</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Fill in %1.</source>
        <translation>Hãy điền %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This PIN does not open the encrypted credentials file.</source>
        <translation>Mã PIN này không mở được tệp thông tin đăng nhập mã hóa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be read.</source>
        <translation>Không đọc được tệp thông tin đăng nhập mã hóa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../kds/ui/setup/settings_panel.py" line="-28"/>
        <location filename="../kds/ui/setup/wizard.py" line="+268"/>
        <source>Could not save the settings: %1</source>
        <translation>Không lưu được cài đặt: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/settings_panel.py" line="+4"/>
        <location filename="../kds/ui/windows/main_window.py" line="+440"/>
        <source>Not saved — the restaurant database is not reachable</source>
        <translation>Chưa lưu — không kết nối được cơ sở dữ liệu nhà hàng</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/station.py" line="+117"/>
        <source>The credentials were not saved: the encrypted credentials file is locked. Tap Connect on the board and enter the manager PIN to unlock it.</source>
        <translation>Chưa lưu thông tin đăng nhập: tệp thông tin đăng nhập mã hóa đang bị khóa. Chạm Kết nối trên bảng và nhập mã PIN quản lý để mở khóa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credentials were not saved: the system keyring is not available. On the Platforms page choose to keep them for this run only, or in a file encrypted with the manager PIN.</source>
        <translation>Chưa lưu thông tin đăng nhập: kho khóa hệ thống không dùng được. Ở trang Nền tảng, hãy chọn chỉ giữ cho lần chạy này, hoặc giữ trong tệp mã hóa bằng mã PIN quản lý.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not change starting with the system: %1</source>
        <translation>Không đổi được việc mở cùng hệ thống: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The restaurant&apos;s settings were saved on this screen only: its database cannot be reached. Save them again once it is back, or the other screens keep theirs.</source>
        <translation>Cài đặt của nhà hàng chỉ được lưu trên màn hình này: không kết nối được cơ sở dữ liệu. Hãy lưu lại khi nó hoạt động trở lại; các màn hình khác vẫn dùng cài đặt của chúng.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The encrypted credentials file was made with another manager PIN; enter that PIN on the board to unlock it.</source>
        <translation>Tệp thông tin đăng nhập mã hóa được tạo bằng mã PIN quản lý khác; hãy nhập mã PIN đó trên bảng để mở khóa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be written.</source>
        <translation>Không ghi được tệp thông tin đăng nhập mã hóa.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>KDS cannot open this database: %1</source>
        <translation>KDS không mở được cơ sở dữ liệu này: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the system keyring is not available, so its credentials cannot be read</source>
        <translation>kho khóa của hệ thống không dùng được nên không đọc được thông tin đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted credentials file is locked until the manager PIN is entered</source>
        <translation>tệp thông tin đăng nhập mã hóa bị khóa cho đến khi nhập mã PIN quản lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credentials missing from the system keyring: %1</source>
        <translation>kho khóa của hệ thống thiếu thông tin đăng nhập: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set up yet: %1</source>
        <translation>chưa cài đặt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KDS cannot connect to this platform yet</source>
        <translation>KDS chưa kết nối được với nền tảng này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform settings are not valid: %1</source>
        <translation>cài đặt nền tảng không hợp lệ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not connected: %2.</source>
        <translation>%1 chưa được kết nối: %2.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="-79"/>
        <source>Missed (not accepted in time)</source>
        <translation>Bị lỡ (không nhận kịp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the restaurant</source>
        <translation>Quán hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the customer</source>
        <translation>Khách hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the platform</source>
        <translation>Nền tảng hủy</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/widgets/board_view.py" line="+89"/>
        <location filename="../kds/ui/wording.py" line="-100"/>
        <location line="+17"/>
        <location line="+126"/>
        <location line="+33"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reasons</source>
        <translation>lý do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds in full</source>
        <translation>Hoàn toàn bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds in part</source>
        <translation>Hoàn một phần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross sales</source>
        <translation>Doanh thu gộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net sales</source>
        <translation>Doanh thu ròng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid / not paid</source>
        <translation>Đã trả / chưa trả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to accept: median · 90% · worst</source>
        <translation>Thời gian nhận: trung vị · 90% · lâu nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to ready: median · 90%</source>
        <translation>Thời gian làm xong: trung vị · 90%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes paused</source>
        <translation>Số phút tạm ngưng</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day&apos;s report</source>
        <translation>Báo cáo trong ngày</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>◀ Day before</source>
        <translation>◀ Ngày trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day after ▶</source>
        <translation>Ngày sau ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>Ca làm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From −</source>
        <translation>Từ −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From +</source>
        <translation>Từ +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To −</source>
        <translation>Đến −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To +</source>
        <translation>Đến +</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print end-of-day slip</source>
        <translation>In phiếu chốt ngày</translation>
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
        <translation>Không lưu được tệp: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+25"/>
        <source>Saved %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printer prints receipts: set one up in Settings.</source>
        <translation>Chưa có máy in hóa đơn: hãy cài đặt trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End-of-day slip sent to the printer.</source>
        <translation>Đã gửi phiếu chốt ngày tới máy in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end-of-day slip was already printed.</source>
        <translation>Phiếu chốt ngày đã được in.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/wizard.py" line="-208"/>
        <source>Check and finish</source>
        <translation>Kiểm tra và hoàn tất</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language: %1</source>
        <translation>Ngôn ngữ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms: %1</source>
        <translation>Nền tảng: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Printers: %1</source>
        <translation>Máy in: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usual preparation time: %1 min</source>
        <translation>Thời gian chuẩn bị thường lệ: %1 phút</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Riders: %1</source>
        <translation>Tài xế: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager PIN: %1</source>
        <translation>Mã PIN quản lý: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation>đã đặt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: in the restaurant&apos;s database %1</source>
        <translation>Đơn hàng: trong cơ sở dữ liệu của nhà hàng %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: kept on this screen</source>
        <translation>Đơn hàng: lưu trên màn hình này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New orders are confirmed automatically for: %1</source>
        <translation>Đơn mới được tự động xác nhận cho: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credentials: %1</source>
        <translation>Thông tin đăng nhập: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparation time: asked at each Confirm (usual: %1 min)</source>
        <translation>Thời gian chuẩn bị: hỏi mỗi lần Xác nhận (thường lệ: %1 phút)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system keyring is not available and no other place for the credentials was chosen (Platforms page), so they will not be saved</source>
        <translation>kho khóa hệ thống không dùng được và chưa chọn nơi khác để giữ thông tin đăng nhập (trang Nền tảng), nên chúng sẽ không được lưu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encrypted credentials file needs a manager PIN (Manager PIN page)</source>
        <translation>tệp thông tin đăng nhập mã hóa cần mã PIN quản lý (trang Mã PIN quản lý)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected after Finish: %1. Why: %2.</source>
        <translation>Sẽ không kết nối sau khi Hoàn tất: %1. Lý do: %2.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Optional: when several screens work together, the restaurant&apos;s database.</source>
        <translation>Không bắt buộc: cơ sở dữ liệu của nhà hàng, khi nhiều màn hình làm việc cùng nhau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check, then tap Finish.</source>
        <translation>Kiểm tra, rồi chạm Hoàn tất.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Set up KDS</source>
        <translation>Cài đặt KDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>Bước %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to KDS. A few questions and the board opens; everything can be changed later in Settings.</source>
        <translation>Chào mừng đến với KDS. Trả lời vài câu hỏi là bảng đơn mở ra; mọi thứ đều đổi được sau trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch on the platforms this restaurant sells on.</source>
        <translation>Bật các nền tảng mà nhà hàng đang bán.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the thermal printer for kitchen tickets and receipts.</source>
        <translation>Không bắt buộc: máy in nhiệt để in phiếu bếp và hóa đơn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How new orders are handled.</source>
        <translation>Cách xử lý đơn mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a PIN that managers type to cancel, refund or change settings.</source>
        <translation>Không bắt buộc: mã PIN quản lý nhập khi hủy đơn, hoàn tiền hoặc đổi cài đặt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/widgets/overlay.py" line="+112"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/confirm.py" line="-9"/>
        <source>Confirm %1 — ready in how long?</source>
        <translation>Xác nhận %1 — bao lâu thì xong?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform tells the customer and the rider.</source>
        <translation>Nền tảng sẽ báo cho khách và tài xế.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 min · usual</source>
        <translation>%1 phút · thường lệ</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/reason.py" line="+45"/>
        <source>Why?</source>
        <translation>Lý do?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Which dishes ran out?</source>
        <translation>Món nào đã hết?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also mark them sold out until end of day</source>
        <translation>Đánh dấu luôn là hết hàng đến cuối ngày</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../kds/ui/sheets/refund.py" line="+138"/>
        <source>Write why (needed for “Other”)</source>
        <translation>Ghi lý do (bắt buộc khi chọn “Khác”)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write why</source>
        <translation>Ghi lý do</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a reason.</source>
        <translation>Chọn lý do.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a few words for the platform.</source>
        <translation>Viết vài chữ cho nền tảng.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/refund.py" line="-97"/>
        <source>%1 each</source>
        <translation>%1 mỗi món</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Partial refund — %1</source>
        <translation>Hoàn tiền một phần — %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Refund</source>
        <translation>Hoàn tiền</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tap again to refund</source>
        <translation>Chạm lần nữa để hoàn tiền</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing left to refund</source>
        <translation>Không còn gì để hoàn tiền</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left to refund</source>
        <translation>Còn %1 có thể hoàn tiền</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking the platform what is left to refund…</source>
        <translation>Đang hỏi nền tảng những gì còn có thể hoàn tiền…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform could not say what is left to refund: quantities and amount are estimates.</source>
        <translation>Nền tảng không cho biết những gì còn có thể hoàn tiền: số lượng và số tiền chỉ là ước tính.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Refund amount (from the platform): %1</source>
        <translation>Số tiền hoàn (theo nền tảng): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund amount (estimate): %1</source>
        <translation>Số tiền hoàn (ước tính): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund %1</source>
        <translation>Hoàn %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tap again to refund %1</source>
        <translation>Chạm lần nữa để hoàn %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/board.py" line="+207"/>
        <source>Confirming…</source>
        <translation>Đang xác nhận…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+116"/>
        <source>time is up</source>
        <translation>hết giờ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+5"/>
        <source>accepted automatically in</source>
        <translation>tự động nhận sau</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-151"/>
        <source>Scheduled %1</source>
        <translation>Hẹn giờ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Code %1</source>
        <translation>Mã %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+8"/>
        <location line="+129"/>
        <source>Refund requested</source>
        <translation>Khách yêu cầu hoàn tiền</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-216"/>
        <source>Reading the address…</source>
        <translation>Đang đọc địa chỉ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address not available: see the platform app</source>
        <translation>Không có địa chỉ: xem ứng dụng của nền tảng</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../kds/ui/windows/order_text.py" line="-55"/>
        <source>whole order</source>
        <translation>cả đơn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ORDER DETAILS COULD NOT BE READ</source>
        <translation>KHÔNG ĐỌC ĐƯỢC CHI TIẾT ĐƠN HÀNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this order on the %1 tablet.</source>
        <translation>Hãy kiểm tra đơn này trên máy tính bảng %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Refunded 1 item · %1</source>
        <translation>Đã hoàn tiền 1 món · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded %1 items · %2</source>
        <translation>Đã hoàn tiền %1 món · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded · %1</source>
        <translation>Đã hoàn tiền · %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CANCELLED BY THE CUSTOMER</source>
        <translation>KHÁCH ĐÃ HỦY</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>CANCELLED BY THE PLATFORM</source>
        <translation>NỀN TẢNG ĐÃ HỦY</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>CANCELLED</source>
        <translation>ĐÃ HỦY</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop preparing this order.</source>
        <translation>Ngừng làm đơn này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../kds/ui/wording.py" line="-167"/>
        <location line="+37"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/wording.py" line="-182"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>Collected</source>
        <translation>Đã lấy</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/wording.py" line="+110"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out since</source>
        <translation>Đã đi lúc</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 in a moment…</source>
        <translation>Sắp gửi: %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending %1…</source>
        <translation>Đang gửi %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying %1: %2</source>
        <translation>Đang thử lại %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry %1</source>
        <translation>Thử lại %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed — %2</source>
        <translation>%1 thất bại — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../kds/ui/wording.py" line="-137"/>
        <source>Reject…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Details not readable yet — retrying. Use the %1 tablet if it cannot wait.</source>
        <translation>Chưa đọc được chi tiết — đang thử lại. Dùng máy tính bảng %1 nếu không thể chờ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK, seen</source>
        <translation>OK, đã xem</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/viewmodels/stations.py" line="+103"/>
        <source>1 item</source>
        <translation>1 món</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/viewmodels/stations.py" line="+0"/>
        <source>%1 items</source>
        <translation>%1 món</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order details not read</source>
        <translation>Chưa đọc được chi tiết đơn</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/health.py" line="+126"/>
        <source>not connected</source>
        <translation>chưa kết nối</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>polled by %1</source>
        <translation>do %1 kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polled by another screen</source>
        <translation>do màn hình khác kiểm tra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connecting…</source>
        <translation>đang kết nối…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polled %1</source>
        <translation>đã kiểm tra %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>last good poll %1</source>
        <translation>lần kiểm tra tốt gần nhất %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>token expires %1</source>
        <translation>token hết hạn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token renewal failed</source>
        <translation>gia hạn token thất bại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token expired</source>
        <translation>token đã hết hạn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the merchant access token has expired, so actions and order details fail. Enter a new token in Settings.</source>
        <translation>%1: token truy cập của cửa hàng đã hết hạn nên các thao tác và chi tiết đơn đều thất bại. Hãy nhập token mới trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2); KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1: gia hạn token truy cập của cửa hàng thất bại (%2); KDS sẽ thử lại. Nếu vẫn vậy, hãy nhập token mới trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2). It works until %3; KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1: gia hạn token truy cập của cửa hàng thất bại (%2). Token vẫn dùng được đến %3; KDS sẽ thử lại. Nếu vẫn vậy, hãy nhập token mới trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3. KDS renews it by itself; if it cannot, enter a new token in Settings.</source>
        <translation>%1: token truy cập của cửa hàng hết hạn vào %3. KDS tự gia hạn; nếu không được, hãy nhập token mới trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3 and KDS cannot renew it (no refresh token). Enter a new token in Settings before then.</source>
        <translation>%1: token truy cập của cửa hàng hết hạn vào %3 và KDS không thể gia hạn (không có token làm mới). Hãy nhập token mới trong Cài đặt trước ngày đó.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 failed polls in a row)</source>
        <translation>%1 (%2 lần kiểm tra lỗi liên tiếp)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ORDERS MAY BE MISSED. </source>
        <translation>CÓ THỂ BỎ SÓT ĐƠN. </translation>
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
        <translation>Thêm</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../kds/ui/widgets/bars.py" line="-35"/>
        <location line="+34"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-33"/>
        <location line="+23"/>
        <source>Mute 5 min</source>
        <translation>Tắt tiếng 5 phút</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Full screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-3"/>
        <source>Muted %1</source>
        <translation>Đang tắt tiếng %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sound is off — no audio device</source>
        <translation>Âm thanh đang tắt — không có thiết bị âm thanh</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../kds/ui/windows/main_window.py" line="+35"/>
        <source>Dismiss</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tap Confirm to accept · tap a card for details</source>
        <translation>Chạm Xác nhận để nhận đơn · chạm vào thẻ để xem chi tiết</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/board_view.py" line="-2"/>
        <location filename="../kds/ui/wording.py" line="+133"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <location line="+33"/>
        <source>Preparing</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out / Done</source>
        <translation>Đã đi / Xong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No new orders.
New orders ring and appear here.</source>
        <translation>Không có đơn mới.
Đơn mới sẽ đổ chuông và hiện ở đây.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing being prepared.</source>
        <translation>Không có đơn đang làm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing waiting for pickup.</source>
        <translation>Không có đơn chờ lấy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished orders stay here for 30 minutes.</source>
        <translation>Đơn đã xong hiện ở đây 30 phút.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scheduled orders.</source>
        <translation>Không có đơn hẹn giờ.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>+ %1 more below · %2 cancelled</source>
        <translation>+ %1 đơn nữa bên dưới · %2 đã hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 more below</source>
        <translation>+ %1 đơn nữa bên dưới</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_delegate.py" line="+229"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+34"/>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_layout.py" line="+207"/>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/drawer.py" line="-170"/>
        <source>Printing</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reprint kitchen ticket</source>
        <translation>In lại phiếu bếp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print kitchen ticket</source>
        <translation>In phiếu bếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint receipt</source>
        <translation>In lại hóa đơn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print receipt</source>
        <translation>In hóa đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint delivery slip</source>
        <translation>In lại phiếu giao hàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print delivery slip</source>
        <translation>In phiếu giao hàng</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>placed %1</source>
        <translation>đặt lúc %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheduled %1</source>
        <translation>hẹn %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled: %1</source>
        <translation>đã hủy: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/history.py" line="-3"/>
        <source>Today&apos;s finished orders</source>
        <translation>Đơn đã xong hôm nay</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search by order number, customer or item</source>
        <translation>Tìm theo số đơn, khách hoặc món</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 order</source>
        <translation>1 đơn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation>%1 đơn</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-558"/>
        <location line="+547"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+80"/>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <location line="-512"/>
        <location line="+520"/>
        <source>All-day</source>
        <translation>Tổng món</translation>
    </message>
    <message>
        <location line="-509"/>
        <location line="+507"/>
        <source>Recall</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-477"/>
        <location line="+486"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-21"/>
        <location line="+24"/>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location line="-484"/>
        <location line="+482"/>
        <source>Connect…</source>
        <translation>Kết nối…</translation>
    </message>
    <message>
        <location line="-477"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 new · %2 preparing · %3 ready</source>
        <translation>%1 mới · %2 đang làm · %3 sẵn sàng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear all seen (%1)</source>
        <translation>Đã xem tất cả (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 closed your store after a missed order</source>
        <translation>%1 đã đóng cửa hàng của bạn sau một đơn bị bỏ lỡ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your store is still closed on %1 during opening hours</source>
        <translation>Cửa hàng của bạn vẫn đang đóng trên %1 trong giờ mở cửa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pause the store</source>
        <translation>Tạm dừng cửa hàng</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>See the day&apos;s report</source>
        <translation>Xem báo cáo trong ngày</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-45"/>
        <source>Restaurant database not reachable — retrying… (%1)</source>
        <translation>Không kết nối được cơ sở dữ liệu nhà hàng — đang thử lại… (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong and was logged: %1</source>
        <translation>Có lỗi và đã được ghi lại: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too late to undo: it was already sent.</source>
        <translation>Quá muộn để hoàn tác: đã gửi rồi.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/print_wiring.py" line="+60"/>
        <source>Nothing was sent: no printer prints this.</source>
        <translation>Chưa gửi gì: không có máy in nào in loại này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This job is not waiting for a retry any more.</source>
        <translation>Lệnh in này không còn chờ thử lại nữa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: REPRINT #%2 sent to %3</source>
        <translation>%1: IN LẠI #%2 đã gửi đến %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent to %2</source>
        <translation>Đã gửi %1 đến %2</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_sheets.py" line="+106"/>
        <source>Cancel order %1?</source>
        <translation>Hủy đơn %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1</source>
        <translation>Hủy đơn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel %1</source>
        <translation>Chạm lần nữa để hủy %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer gets the whole order refunded.</source>
        <translation>Khách hàng được hoàn tiền toàn bộ đơn hàng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer gets the requested items refunded.</source>
        <translation>Khách hàng được hoàn tiền các món đã yêu cầu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount: %1</source>
        <translation>Số tiền: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree to the refund request of %1?</source>
        <translation>Đồng ý yêu cầu hoàn tiền của %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to agree to the refund</source>
        <translation>Chạm lần nữa để đồng ý hoàn tiền</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reject the refund request of %1?</source>
        <translation>Từ chối yêu cầu hoàn tiền của %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="-150"/>
        <source>Reject refund</source>
        <translation>Từ chối hoàn tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to reject the refund</source>
        <translation>Chạm lần nữa để từ chối hoàn tiền</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dispatch %1 — who takes it?</source>
        <translation>Giao %1 — ai đi giao?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who takes %1 now?</source>
        <translation>Ai giao %1 bây giờ?</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-65"/>
        <location line="+4"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+57"/>
        <source>Open Settings</source>
        <translation>Mở Cài đặt</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Saved. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>Đã lưu. Cài đặt nền tảng, máy in và đơn hàng có hiệu lực khi mở lại KDS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another screen changed the restaurant&apos;s settings. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>Một màn hình khác đã thay đổi cài đặt của nhà hàng. Cài đặt nền tảng, máy in và đơn hàng có hiệu lực khi KDS khởi động lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another screen changed the restaurant&apos;s settings: they apply here too.</source>
        <translation>Một màn hình khác đã thay đổi cài đặt của nhà hàng: chúng cũng áp dụng ở đây.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+115"/>
        <source>Leave full screen</source>
        <translation>Thoát toàn màn hình</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="+2"/>
        <source>Exit full screen</source>
        <translation>Thoát toàn màn hình</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+43"/>
        <source>KDS · DEMO</source>
        <translation>KDS · DEMO</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/bump_bar.py" line="+114"/>
        <source>Select a ticket with its number first.</source>
        <translation>Chọn phiếu bằng số của nó trước.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter has nothing to do for this ticket; Space opens it.</source>
        <translation>Phím Enter không có thao tác nào cho phiếu này; nhấn Space để mở.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="-42"/>
        <source>Items</source>
        <translation>Món</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discount</source>
        <translation>Giảm giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order note</source>
        <translation>Ghi chú đơn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled — payment settled</source>
        <translation>Đã hủy — đã thanh toán xong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Đã thanh toán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paid yet</source>
        <translation>Chưa thanh toán</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>paid online</source>
        <translation>đã trả online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>collect on delivery</source>
        <translation>thu tiền khi giao</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change for %1</source>
        <translation>thối tiền cho %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payment details</source>
        <translation>Không có chi tiết thanh toán</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="-286"/>
        <location filename="../kds/ui/windows/order_text.py" line="+10"/>
        <location filename="../kds/ui/wording.py" line="+160"/>
        <source>Refunded</source>
        <translation>Đã hoàn tiền</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="+7"/>
        <source>no phone number</source>
        <translation>không có số điện thoại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden by the platform</source>
        <translation>nền tảng đã ẩn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>decrypting for your rider…</source>
        <translation>đang giải mã cho tài xế của bạn…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decrypted once the order is accepted</source>
        <translation>được giải mã khi đơn được nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform did not decrypt it</source>
        <translation>nền tảng không giải mã</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/riders_form.py" line="-23"/>
        <source>Riders</source>
        <translation>Tài xế</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own riders, for orders the restaurant delivers itself. Dispatch asks which one takes the order and tells the platform, so the customer knows who is coming.</source>
        <translation>Tài xế riêng của quán, cho các đơn quán tự giao. Khi giao, ứng dụng hỏi ai mang đơn và báo cho nền tảng, để khách biết ai sẽ đến.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rider</source>
        <translation>Thêm tài xế</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rider %1</source>
        <translation>Tài xế %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/order_text.py" line="+15"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With the country code, e.g. +852.</source>
        <translation>Kèm mã quốc gia, ví dụ +84.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vehicle</source>
        <translation>Phương tiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Biển số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rider</source>
        <translation>Xóa tài xế này</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Rider %1: check the name, the phone (digits, spaces and + only) and the plate.</source>
        <translation>Tài xế %1: kiểm tra tên, số điện thoại (chỉ chữ số, dấu cách và +) và biển số.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="+2"/>
        <source>Orders here</source>
        <translation>Số đơn ở quán</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encrypted until decrypted for your rider</source>
        <translation>được mã hóa cho đến khi giải mã cho tài xế của quán</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rider</source>
        <translation>Tài xế</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup code</source>
        <translation>Mã lấy món</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not acknowledged yet</source>
        <translation>chưa xác nhận đã nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events stored</source>
        <translation>Chưa lưu sự kiện nào</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 attempts</source>
        <translation>%1 lần thử</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already done on the platform</source>
        <translation>đã làm trên nền tảng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions yet</source>
        <translation>Chưa có thao tác</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-186"/>
        <location line="+17"/>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Dispatch</source>
        <translation>Giao đi</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+142"/>
        <location line="+120"/>
        <source>Delivered</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Change rider…</source>
        <translation>Đổi tài xế…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>Hủy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund…</source>
        <translation>Hoàn tiền…</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_sheets.py" line="-27"/>
        <location filename="../kds/ui/wording.py" line="+18"/>
        <source>Agree refund</source>
        <translation>Đồng ý hoàn tiền</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-3"/>
        <source>Change rider</source>
        <translation>Đổi tài xế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+164"/>
        <source>Partial refund</source>
        <translation>Hoàn tiền một phần</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/board.py" line="-12"/>
        <location filename="../kds/ui/wording.py" line="-154"/>
        <location line="+141"/>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-140"/>
        <source>Marked ready</source>
        <translation>Đã báo sẵn sàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatched</source>
        <translation>Đã giao đi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider changed</source>
        <translation>Đã đổi tài xế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation sent</source>
        <translation>Đã gửi yêu cầu hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund sent</source>
        <translation>Đã gửi hoàn tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund agreed</source>
        <translation>Đã đồng ý hoàn tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund rejected</source>
        <translation>Đã từ chối hoàn tiền</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_test.py" line="+55"/>
        <source>the printer could not be reached</source>
        <translation>không liên lạc được với máy in</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the test page could not be queued</source>
        <translation>không thể đưa trang in thử vào hàng đợi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the printer did not finish the test page in time</source>
        <translation>máy in không in xong trang thử kịp lúc</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/sheets/store.py" line="-79"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-46"/>
        <source>Agree refund…</source>
        <translation>Đồng ý hoàn tiền…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>undone</source>
        <translation>đã hoàn tác</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform rejected our login</source>
        <translation>Nền tảng từ chối đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the platform</source>
        <translation>Không kết nối được nền tảng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform refused</source>
        <translation>Nền tảng từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible in the order&apos;s current state</source>
        <translation>Không thể làm ở trạng thái hiện tại của đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform sent an unreadable answer</source>
        <translation>Nền tảng trả về nội dung không đọc được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order is not stored</source>
        <translation>Đơn chưa được lưu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This order is no longer on this screen.</source>
        <translation>Đơn này không còn trên màn hình.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible any more: the order has moved on.</source>
        <translation>Không còn làm được: đơn đã chuyển trạng thái.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason first.</source>
        <translation>Chọn lý do trước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one item.</source>
        <translation>Chọn ít nhất một món.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rider first.</source>
        <translation>Hãy chọn tài xế trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action could not be recorded.</source>
        <translation>Không ghi nhận được thao tác.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>motorbike</source>
        <translation>xe máy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scooter</source>
        <translation>xe tay ga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bicycle</source>
        <translation>xe đạp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>car</source>
        <translation>ô tô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on foot</source>
        <translation>đi bộ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login rejected: check the platform credentials</source>
        <translation>đăng nhập bị từ chối: kiểm tra thông tin đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowed down by the platform (rate limit)</source>
        <translation>bị nền tảng giới hạn tốc độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the platform</source>
        <translation>không kết nối được nền tảng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform sent unreadable data</source>
        <translation>nền tảng gửi dữ liệu không đọc được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some order details not read yet (retrying)</source>
        <translation>chưa đọc được chi tiết một số đơn (đang thử lại)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reported a notification error</source>
        <translation>%1 báo lỗi gửi thông báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reported a notification error: %2</source>
        <translation>%1 báo lỗi gửi thông báo: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported a problem</source>
        <translation>%1 báo có sự cố</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 reported a problem: %2</source>
        <translation>%1 báo có sự cố: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivery</source>
        <translation>Giao hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickup</source>
        <translation>Tự đến lấy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own delivery</source>
        <translation>Quán tự giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dine-in</source>
        <translation>Ăn tại quán</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Out</source>
        <translation>Đã đi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed by the platform</source>
        <translation>Nền tảng đã đóng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its final time passed</source>
        <translation>đã quá thời hạn cuối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not marked collected in time</source>
        <translation>không được đánh dấu đã lấy kịp lúc</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New order</source>
        <translation>Đơn mới</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out for delivery</source>
        <translation>Đang giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked up</source>
        <translation>Đã lấy hàng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation asked for</source>
        <translation>Đã yêu cầu hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation refused</source>
        <translation>Yêu cầu hủy bị từ chối</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund not given</source>
        <translation>Không hoàn tiền</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider update</source>
        <translation>Cập nhật tài xế</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>our action went through</source>
        <translation>thao tác của quán đã thành công</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by the customer</source>
        <translation>bởi khách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by the restaurant</source>
        <translation>bởi quán</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>by the platform</source>
        <translation>bởi nền tảng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivery fee</source>
        <translation>Phí giao hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fee</source>
        <translation>Phí dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip</source>
        <translation>Tiền tip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging</source>
        <translation>Phí đóng gói</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>Thẻ tín dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit card</source>
        <translation>Thẻ ghi nợ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal voucher</source>
        <translation>Phiếu ăn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food voucher</source>
        <translation>Phiếu thực phẩm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital wallet</source>
        <translation>Ví điện tử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepaid</source>
        <translation>Trả trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SOLD OUT</source>
        <translation>HẾT HÀNG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID check</source>
        <translation>Kiểm tra giấy tờ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allergy</source>
        <translation>Dị ứng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accept within</source>
        <translation>nhận trong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer within</source>
        <translation>trả lời trong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start in</source>
        <translation>bắt đầu sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparing</source>
        <translation>đang làm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready for</source>
        <translation>đã sẵn sàng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Out of some dishes</source>
        <translation>Hết một số món</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing / not trading now</source>
        <translation>Sắp đóng cửa / tạm nghỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough staff</source>
        <translation>Thiếu nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (write why)</source>
        <translation>Khác (ghi lý do)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food already prepared</source>
        <translation>Món đã làm xong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already out for delivery</source>
        <translation>Đã giao đi rồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item out of stock</source>
        <translation>Món đã hết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items out of stock</source>
        <translation>Nhiều món đã hết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item damaged</source>
        <translation>Món bị hỏng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Sai món</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer asked</source>
        <translation>Khách yêu cầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too busy</source>
        <translation>Quá đông</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restaurant closed</source>
        <translation>Quán đã đóng cửa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rider assigned</source>
        <translation>Đã có tài xế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider on the way</source>
        <translation>Tài xế đang đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider here</source>
        <translation>Tài xế đã đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider picked up</source>
        <translation>Tài xế đã lấy món</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider delivering</source>
        <translation>Tài xế đang giao</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider cancelled</source>
        <translation>Tài xế đã hủy</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-224"/>
        <location filename="../kds/ui/wording.py" line="+2"/>
        <source>Rider: %1</source>
        <translation>Tài xế: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+10"/>
        <source>Refund request — status %1</source>
        <translation>Yêu cầu hoàn tiền — trạng thái %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s ago</source>
        <translation>%1 giây trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>%1 phút trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h ago</source>
        <translation>%1 giờ trước</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/print_problems.py" line="-20"/>
        <source>Print jobs that did not print</source>
        <translation>Lệnh in không in được</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry sends a job again. If a job was cut off, look at the printer: Printed OK if the paper is there, else Reprint.</source>
        <translation>Thử lại sẽ gửi lệnh in lần nữa. Nếu đang in thì bị ngắt, hãy xem máy in: có giấy in ra thì bấm Đã in xong, không thì In lại.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing left to do: every job printed.</source>
        <translation>Không còn gì cần làm: tất cả đã in xong.</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/print_lines.py" line="+61"/>
        <source>ready</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>printing…</source>
        <translation>đang in…</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>paper low</source>
        <translation>sắp hết giấy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper out</source>
        <translation>hết giấy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked yet</source>
        <translation>chưa kiểm tra</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The printer does not report its paper; the last connection worked.</source>
        <translation>Máy in không báo tình trạng giấy; lần kết nối gần nhất vẫn được.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/drawer.py" line="-114"/>
        <source>Kitchen ticket</source>
        <translation>Phiếu bếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Receipt</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation slip</source>
        <translation>Phiếu hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund slip</source>
        <translation>Phiếu hoàn tiền</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Delivery slip</source>
        <translation>Phiếu giao hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test page</source>
        <translation>Trang thử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-day slip</source>
        <translation>Phiếu chốt ngày</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 · REPRINT #%2</source>
        <translation>%1 · IN LẠI #%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not print; a later copy did</source>
        <translation>không in được; bản in sau đã in xong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to print</source>
        <translation>đang chờ in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>printed %1</source>
        <translation>đã in lúc %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed: %1</source>
        <translation>chưa in: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown error</source>
        <translation>lỗi không rõ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trying again at %1</source>
        <translation>thử lại lúc %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may have printed: it was cut off while printing. Check the printer.</source>
        <translation>có thể đã in: bị ngắt khi đang in. Hãy kiểm tra máy in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed OK</source>
        <translation>Đã in xong</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint</source>
        <translation>In lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open order</source>
        <translation>Mở đơn</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kitchen ticket not printed</source>
        <translation>Phiếu bếp chưa in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kitchen ticket may not have printed</source>
        <translation>Phiếu bếp có thể chưa in ra</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/printer_status.py" line="+23"/>
        <source>⚠ 1 print job did not print</source>
        <translation>⚠ 1 lệnh in không in được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 print jobs did not print</source>
        <translation>⚠ %1 lệnh in không in được</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/receipt_preview.py" line="+94"/>
        <source>No preview: a font the printer&apos;s pictures need is not installed.</source>
        <translation>Không xem trước được: chưa cài phông chữ cần cho hình in.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/rider.py" line="+42"/>
        <source>Now with %1.</source>
        <translation>Hiện do %1 giao.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform tells the customer who is coming.</source>
        <translation>Nền tảng báo cho khách biết ai sẽ đến.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No riders yet: add your riders in Settings → Riders.</source>
        <translation>Chưa có tài xế: thêm tài xế trong Cài đặt → Tài xế.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dispatch without a name</source>
        <translation>Giao không ghi tên</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connection_test.py" line="+37"/>
        <source>These settings cannot be used: %1</source>
        <translation>Không dùng được các cài đặt này: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform refused these credentials: %1</source>
        <translation>Nền tảng từ chối thông tin đăng nhập này: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect: %1</source>
        <translation>Không kết nối được: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform answered with a problem: %1</source>
        <translation>Nền tảng trả lời kèm một lỗi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform did not answer within %1 s.</source>
        <translation>Nền tảng không trả lời trong %1 giây.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: the platform accepted these credentials.</source>
        <translation>Đã kết nối: nền tảng chấp nhận thông tin đăng nhập này.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/store.py" line="+60"/>
        <location filename="../kds/ui/windows/main_window.py" line="-483"/>
        <location line="+514"/>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Until resumed</source>
        <translation>Đến khi mở lại</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>failed: %1</source>
        <translation>thất bại: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet — retrying: %1</source>
        <translation>chưa gửi được — đang thử lại: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet — retrying</source>
        <translation>chưa gửi được — đang thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>chưa gửi được</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+211"/>
        <source>reopening %1</source>
        <translation>mở lại %1</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · until resumed</source>
        <translation>%1 · đến khi mở lại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · resumes %2 (%3)</source>
        <translation>%1 · mở lại lúc %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused — %1</source>
        <translation>Tạm dừng — %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>On which platforms:</source>
        <translation>Trên nền tảng nào:</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="+190"/>
        <location filename="../kds/ui/sheets/store.py" line="+1"/>
        <source>All platforms</source>
        <translation>Tất cả nền tảng</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/store.py" line="+5"/>
        <source>Pause new orders:</source>
        <translation>Tạm dừng đơn mới:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or pause until a time:</source>
        <translation>Hoặc tạm dừng đến một giờ:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Busy: add minutes to the preparation time sent on confirm, for an hour:</source>
        <translation>Bận: cộng thêm phút vào thời gian chuẩn bị gửi khi xác nhận, trong một giờ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+%1 min</source>
        <translation>+%1 phút</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End busy</source>
        <translation>Hết bận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sold out…</source>
        <translation>Hết hàng…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Busy adds its minutes to the preparation time sent on confirm.</source>
        <translation>Chế độ bận cộng số phút vào thời gian chuẩn bị gửi khi xác nhận.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy changes nothing here: this platform takes no preparation time on confirm.</source>
        <translation>Chế độ bận không thay đổi gì ở đây: nền tảng này không nhận thời gian chuẩn bị khi xác nhận.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pause until %1</source>
        <translation>Tạm dừng đến %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pause it on the platform&apos;s own tablet</source>
        <translation>Tạm dừng trên máy tính bảng của nền tảng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taking orders</source>
        <translation>Đang nhận đơn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until resumed</source>
        <translation>Tạm dừng đến khi mở lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until %1</source>
        <translation>Tạm dừng đến %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>busy +%1 min</source>
        <translation>bận +%1 phút</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/stations_form.py" line="+0"/>
        <source>Counter</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expo</source>
        <translation>Điều phối</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word in the name</source>
        <translation>Từ trong tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>Mã món</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kitchen stations</source>
        <translation>Khu bếp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This screen</source>
        <translation>Màn hình này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This screen is</source>
        <translation>Màn hình này là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter: every order and every action. Kitchen station: only the lines routed to it, in big type; tap a line when it is made, Bump when the station&apos;s part is done. Expo: every order with each station&apos;s progress.</source>
        <translation>Quầy: mọi đơn và mọi thao tác. Khu bếp: chỉ các món được chuyển tới khu đó, chữ lớn; chạm vào món khi làm xong, Xong khi phần của khu đã xong. Điều phối: mọi đơn, kèm tiến độ từng khu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which station</source>
        <translation>Khu nào</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restaurant&apos;s stations</source>
        <translation>Các khu bếp của quán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by every screen of the restaurant. Names as the kitchen says them: GRILL, DRINKS.</source>
        <translation>Dùng chung cho mọi màn hình của quán. Đặt tên như bếp vẫn gọi: NƯỚNG, ĐỒ UỐNG.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station name</source>
        <translation>Tên khu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a station</source>
        <translation>Thêm khu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines no rule matches go to</source>
        <translation>Món không khớp quy tắc nào chuyển tới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routing rules</source>
        <translation>Quy tắc chuyển món</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried from the top; the first that matches decides. A word matches the item&apos;s name in any language the platform sends, without accents or capitals.</source>
        <translation>Thử từ trên xuống; quy tắc đầu tiên khớp sẽ quyết định. Một từ được so với tên món ở mọi ngôn ngữ nền tảng gửi, không phân biệt dấu hay chữ hoa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. suco, 茶, drinks, SKU-123</source>
        <translation>vd. trà, 茶, drinks, SKU-123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1</source>
        <translation>Quy tắc %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goes to</source>
        <translation>Chuyển tới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rule</source>
        <translation>Xóa quy tắc này</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rule</source>
        <translation>Thêm quy tắc</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Two stations have the same name.</source>
        <translation>Hai khu trùng tên.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which station this kitchen screen is.</source>
        <translation>Chọn khu cho màn hình bếp này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule %1: choose the station it goes to.</source>
        <translation>Quy tắc %1: chọn khu nhận món.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/recall.py" line="-16"/>
        <source>Recall a bumped order</source>
        <translation>Gọi lại đơn đã xong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap an order to bring it back to the screen.</source>
        <translation>Chạm vào một đơn để đưa nó trở lại màn hình.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing bumped yet.</source>
        <translation>Chưa có đơn nào xong.</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/stations.py" line="-70"/>
        <source>+ 1 item at %1</source>
        <translation>+ 1 món ở %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 items at %2</source>
        <translation>+ %1 món ở %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 done</source>
        <translation>%1 xong</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 working</source>
        <translation>%1 đang làm</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+17"/>
        <source>Bump</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/report_charts.py" line="+102"/>
        <source>Orders per hour</source>
        <translation>Đơn mỗi giờ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hour</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time to accept</source>
        <translation>Thời gian nhận đơn</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deadline %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/sold_out.py" line="+69"/>
        <source>told</source>
        <translation>đã báo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>telling…</source>
        <translation>đang báo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed — retrying</source>
        <translation>thất bại — đang thử lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed — mark it again or do it on the platform&apos;s tablet</source>
        <translation>thất bại — đánh dấu lại hoặc làm trên máy tính bảng của nền tảng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be told here: %1</source>
        <translation>không báo được từ đây: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>do it on the platform&apos;s tablet</source>
        <translation>hãy làm trên máy tính bảng của nền tảng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SOLD OUT until switched back</source>
        <translation>HẾT HÀNG đến khi bật lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOLD OUT until %1</source>
        <translation>HẾT HÀNG đến %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sold out</source>
        <translation>Hết hàng</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search dishes (name or code)</source>
        <translation>Tìm món (tên hoặc mã)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sold out until end of day</source>
        <translation>Hết hàng đến cuối ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For %1 h</source>
        <translation>Trong %1 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until switched back</source>
        <translation>Đến khi bật lại</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back in stock</source>
        <translation>Có hàng lại</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link with another dish…</source>
        <translation>Gộp với món khác…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No dish found. Dishes appear here once they were ordered.</source>
        <translation>Chưa có món nào. Món sẽ hiện ở đây sau khi được đặt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dish matches.</source>
        <translation>Không có món nào khớp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to find the other %1 dishes.</source>
        <translation>Gõ để tìm %1 món còn lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap the dish to link into the selected one.</source>
        <translation>Chạm vào món cần gộp vào món đã chọn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap a dish to mark it sold out or back in stock.</source>
        <translation>Chạm vào một món để đánh dấu hết hàng hoặc có hàng lại.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>KDS tells it when you mark the dish</source>
        <translation>KDS sẽ báo khi bạn đánh dấu món</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Split off</source>
        <translation>Tách ra</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/counts.py" line="+155"/>
        <source>All-day counts</source>
        <translation>Tổng số từng món</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to cook, every platform. Tap a dish to find its tickets.</source>
        <translation>Món còn phải nấu, mọi nền tảng. Chạm vào món để tìm phiếu có món đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to cook.</source>
        <translation>Không có món nào cần nấu.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/store_wait.py" line="-14"/>
        <source>The board opens by itself as soon as the restaurant database answers.</source>
        <translation>Bảng đơn sẽ tự mở ngay khi cơ sở dữ liệu nhà hàng phản hồi.</translation>
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
        <translation>KDS hỏi Keeta đơn mới mỗi 30 giây. Mã ID và secret có trong cổng nhà phát triển của Keeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the store on Keeta for every merchant ID of this station, and opens it again.</source>
        <translation>Đóng cửa hàng trên Keeta cho mọi ID người bán của trạm này, và mở lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Delivery only takes whole-menu updates: switch single dishes off on the Keeta tablet.</source>
        <translation>Open Delivery chỉ nhận cập nhật cả thực đơn: tắt từng món trên máy tính bảng Keeta.</translation>
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
        <translation>Keeta gửi đơn tới relay của bạn (kds relay); KDS lấy đơn từ đó trong vòng một giây.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause on the Keeta tablet: KDS cannot close this store yet.</source>
        <translation>Tạm dừng trên máy tính bảng Keeta: KDS chưa đóng được cửa hàng này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch dishes off on the Keeta tablet: KDS cannot do it there yet.</source>
        <translation>Tắt món trên máy tính bảng Keeta: KDS chưa làm được việc này ở đó.</translation>
    </message>
    <message>
        <location filename="../kds/platforms/gofood/spec.py" line="+57"/>
        <source>GoFood</source>
        <translation>GoFood</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manual: staff accept within 3 minutes, or GoFood rejects</source>
        <translation>Thủ công: nhân viên nhận trong 3 phút, nếu không GoFood sẽ từ chối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept on timeout: accepted after 1 minute if nobody acts</source>
        <translation>Tự nhận khi hết giờ: đơn được nhận sau 1 phút nếu không ai xử lý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept: every order accepted at once</source>
        <translation>Tự nhận: mọi đơn được nhận ngay</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GoBiz</source>
        <translation>GoBiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoFood sends orders to your relay (kds relay); KDS collects them there within a second. Choose the acceptance mode that is set at GoBiz.</source>
        <translation>GoFood gửi đơn đến relay của bạn (kds relay); KDS lấy đơn từ đó trong vòng một giây. Chọn chế độ nhận đơn giống như cài đặt trên GoBiz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the outlet on GoFood (force close) and opens it again.</source>
        <translation>Đóng cửa hàng trên GoFood (force close) và mở lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch single dishes off in the GoBiz app: KDS cannot do it there yet.</source>
        <translation>Tắt từng món trong ứng dụng GoBiz: KDS chưa làm được việc này ở đó.</translation>
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
        <translation>Zeek gửi đơn Circle K tới relay của bạn (kds relay); KDS lấy đơn từ đó trong vòng một giây.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The relay answers every CKGo stock check &quot;out of stock&quot; while paused.</source>
        <translation>Khi tạm dừng, relay trả lời mọi lần kiểm tra tồn kho của CKGo là &quot;hết hàng&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay answers CKGo&apos;s stock check for the dish &quot;out of stock&quot;; with the product update path set, CKGo&apos;s product list is switched too (BatchUpdateProduct).</source>
        <translation>Relay trả lời kiểm tra tồn kho của CKGo cho món đó là &quot;hết hàng&quot;; khi đã đặt đường dẫn cập nhật sản phẩm, danh sách sản phẩm của CKGo cũng được chuyển (BatchUpdateProduct).</translation>
    </message>
</context>
</TS>
