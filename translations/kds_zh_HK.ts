<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name></name>
    <message>
        <location filename="../kds/ui/session.py" line="+145"/>
        <source>This screen joined a restaurant that already had its settings: its platform accounts, printers, manager PIN and order handling now come from the restaurant&apos;s database. This screen&apos;s own earlier settings are kept in %1.</source>
        <translation>此螢幕已加入一間已有設定的餐廳：平台帳戶、打印機、經理 PIN 及訂單處理現在都來自餐廳的資料庫。此螢幕原來的設定保存在 %1。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Settings saved. KDS reconnected with them.</source>
        <translation>設定已儲存，KDS 已按新設定重新連線。</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/about.py" line="+60"/>
        <source>Orders database: the restaurant&apos;s PostgreSQL, %1</source>
        <translation>訂單資料庫：餐廳的 PostgreSQL，%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders database: none (kept in memory)</source>
        <translation>訂單資料庫：無（保存在記憶體中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders database: this screen&apos;s own SQLite file</source>
        <translation>訂單資料庫：本螢幕自己的 SQLite 檔案</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>KDS %1</source>
        <translation>KDS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kitchen display and order desk for restaurant counters.</source>
        <translation>餐廳櫃檯用的廚房顯示屏及接單台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt %1 · PySide6 %2 · Python %3 · %4</source>
        <translation>Qt %1 · PySide6 %2 · Python %3 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logs</source>
        <translation>日誌</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings file</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders database</source>
        <translation>訂單資料庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: Apache 2.0</source>
        <translation>授權：Apache 2.0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diagnostics for support: the logs (without phone numbers, addresses or passwords), the settings without secrets, and order counts.</source>
        <translation>給技術支援的診斷資料：日誌（不含電話、地址或密碼）、不含機密的設定，以及訂單數量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export diagnostics</source>
        <translation>匯出診斷資料</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export: %1</source>
        <translation>無法匯出：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1</source>
        <translation>已儲存至 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About KDS</source>
        <translation>關於 KDS</translation>
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
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/credentials.py" line="+69"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Client secret（密鑰）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay tenant token</source>
        <translation>中繼站租戶權杖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App secret</source>
        <translation>App secret（密鑰）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant access token</source>
        <translation>商戶存取權杖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token (optional)</source>
        <translation>更新權杖（選填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region (optional, SGN when empty)</source>
        <translation>地區（可選，留空則為 SGN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product update path (optional)</source>
        <translation>商品更新路徑（可選）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose what is set at GoBiz: the clock on each new order follows it.</source>
        <translation>選擇與 GoBiz 上相同的設定：每張新訂單的計時按此進行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only outlets whose mode differs, e.g. G123456789=auto_accept_on_timeout; separate them with commas.</source>
        <translation>只填模式不同的分店，例如 G123456789=auto_accept_on_timeout；多間分店用逗號分隔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the platform takes BatchUpdateProduct, e.g. /api/v1.0/product/update: sold-out dishes are then switched off in its product list too.</source>
        <translation>平台接收 BatchUpdateProduct 的路徑，例如 /api/v1.0/product/update：售罄的菜式亦會在其商品列表中下架。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>API address</source>
        <translation>API 地址</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Address (base URL)</source>
        <translation>地址（基本 URL）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in (OAuth) address</source>
        <translation>登入（OAuth）地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet ID</source>
        <translation>分店 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode</source>
        <translation>接單模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode per outlet (optional)</source>
        <translation>各分店的接單模式（可選）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay address</source>
        <translation>中繼站地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant IDs</source>
        <translation>商戶 ID</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/forms.py" line="+48"/>
        <location filename="../kds/ui/sheets/confirm.py" line="+104"/>
        <location filename="../kds/ui/sheets/store.py" line="+140"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+265"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Behaviour</source>
        <translation>運作方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepting orders</source>
        <translation>接單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm new %1 orders automatically</source>
        <translation>自動接受 %1 的新訂單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off is safer: staff confirm each order. On: every new order is confirmed at once, even when nobody is at the counter.</source>
        <translation>關閉較穩妥：由員工逐張確認。開啟：每張新訂單會即時接受，即使櫃檯沒有人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual preparation time</source>
        <translation>一般製作時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Confirm tells the platform.</source>
        <translation>接單時告知平台的時間。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always send the usual time</source>
        <translation>總是發送一般時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time</source>
        <translation>每次詢問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation time</source>
        <translation>製作時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time: Confirm offers 10 to 45 minutes, the usual time highlighted (only where the platform takes a preparation time).</source>
        <translation>每次詢問：接單時提供 10 至 45 分鐘供選擇，一般時間會突出顯示（只限接受製作時間的平台）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sounds</source>
        <translation>聲音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring for new orders and alarms</source>
        <translation>新訂單及警示時響鈴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket colours</source>
        <translation>單據顏色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amber after</source>
        <translation>轉黃色時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time since the order was accepted.</source>
        <translation>由接單起計。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red after</source>
        <translation>轉紅色時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+134"/>
        <location filename="../kds/ui/windows/drawer.py" line="+188"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to undo Ready, Collected and Delivered</source>
        <translation>可撤銷「已準備好」、「已取餐」及「已送達」的時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 sends at once, without Undo.</source>
        <translation>設為 0 即時發送，不設復原。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>營業時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a platform stays closed during these hours for more than a few minutes, the board rings and offers to reopen it. No day ticked: no opening hours.</source>
        <translation>在這些時間內，某個平台關閉超過幾分鐘時，螢幕會響鈴並提示重新開店。一天都沒有剔選：沒有營業時間。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A closing time before the opening time runs past midnight.</source>
        <translation>關門時間早於開門時間表示營業至午夜之後。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A day&apos;s opening and closing times must differ.</source>
        <translation>同一天的開門和關門時間不可相同。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amber time must be shorter than the red time.</source>
        <translation>轉黃色的時間必須短過轉紅色的時間。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Screen</source>
        <translation>畫面</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times and prices follow the language&apos;s usual format.</source>
        <translation>時間及價錢會跟隨該語言的慣用格式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look</source>
        <translation>外觀</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/sheets/more.py" line="-8"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/sheets/more.py" line="+0"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>顏色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark is easier on the eyes in a kitchen.</source>
        <translation>深色在廚房較護眼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compact</source>
        <translation>精簡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>完整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card size</source>
        <translation>卡片大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: compact cards when a column is crowded, full cards otherwise.</source>
        <translation>自動：某一欄單多時用精簡卡片，其餘時候用完整卡片。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No clean-up yet.</source>
        <translation>尚未清理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last clean-up: %1 %2 — %3 old orders deleted, customer details of %4 orders erased.</source>
        <translation>上次清理：%1 %2 — 刪除了 %3 張舊訂單，抹去了 %4 張訂單的顧客資料。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>This computer</source>
        <translation>這部電腦</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+34"/>
        <source>This screen joins a restaurant</source>
        <translation>此螢幕加入餐廳</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Kiosk mode: full screen, nothing else on screen</source>
        <translation>Kiosk 模式：全螢幕，不顯示其他程式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a manager PIN, leaving full screen asks for it.</source>
        <translation>如設有經理 PIN，離開全螢幕時需要輸入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start KDS when this computer starts</source>
        <translation>電腦開機時自動啟動 KDS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry: %1</source>
        <translation>啟動項：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeping data</source>
        <translation>資料保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep orders for</source>
        <translation>訂單保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and their history, for the day&apos;s report; older ones are deleted.</source>
        <translation>訂單及其記錄，用於當日報表；更早的會被刪除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase customer details after</source>
        <translation>多久後抹去顧客資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, phones and addresses, counted from when the order is finished.</source>
        <translation>姓名、電話和地址，由訂單完成時起計。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several screens of one restaurant share one PostgreSQL database. Give every screen the same address; leave it empty for a screen on its own.</source>
        <translation>同一餐廳的多個螢幕共用一個 PostgreSQL 資料庫。每個螢幕填寫相同的地址；單獨使用的螢幕請留空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database address</source>
        <translation>資料庫地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database password</source>
        <translation>資料庫密碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>儲存在這部電腦的鑰匙圈中，絕不寫入設定檔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KDS starts again on the restaurant&apos;s database when you save.</source>
        <translation>儲存後，KDS 會在餐廳的資料庫上重新啟動。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The database address starts with postgresql://</source>
        <translation>資料庫地址以 postgresql:// 開頭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the database password in its own field, not in the address.</source>
        <translation>請在獨立的欄位輸入資料庫密碼，不要寫在地址裏。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <location filename="../kds/ui/setup/pin.py" line="+78"/>
        <source>Manager PIN</source>
        <translation>經理 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manager PIN is set.</source>
        <translation>已設定經理 PIN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No manager PIN: anyone at the counter can cancel, refund and change settings.</source>
        <translation>未設經理 PIN：櫃檯任何人都可以取消、退款及更改設定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4 to 12 digits</source>
        <translation>4 至 12 位數字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same again</source>
        <translation>再輸入一次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the PIN</source>
        <translation>更改 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Leave empty to keep it as it is.</source>
        <translation>可選填。留空即保持不變。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/setup/riders_form.py" line="+70"/>
        <source>Optional.</source>
        <translation>可選填。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the PIN</source>
        <translation>再輸入 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the manager PIN</source>
        <translation>移除經理 PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN is asked for</source>
        <translation>以下操作需要 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling an order</source>
        <translation>取消訂單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds (partial, agree, reject)</source>
        <translation>退款（部分、同意、拒絕）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening Settings</source>
        <translation>開啟設定</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>PIN 必須是 4 至 12 位數字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same.</source>
        <translation>兩次輸入的 PIN 不一樣。</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/pin.py" line="+18"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/wording.py" line="+153"/>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN 錯誤，請再試。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>PIN 錯誤太多次，請在 %1 秒後再試。</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/credentials.py" line="+14"/>
        <source>Several stores: separate them with commas.</source>
        <translation>多間分店：用逗號分隔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your relay runs, e.g. https://relay.example.com</source>
        <translation>你的中繼站地址，例如 https://relay.example.com</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/platforms_form.py" line="+85"/>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/forms.py" line="-123"/>
        <location filename="../kds/ui/setup/platforms_form.py" line="+54"/>
        <source>Saved in the keyring — type to replace</source>
        <translation>已存於鑰匙圈 — 輸入即可更換</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/platforms_form.py" line="+9"/>
        <source>Test connection</source>
        <translation>測試連接</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forget the saved credentials</source>
        <translation>刪除已儲存的登入資料</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: type %2 to test the connection (a saved secret is never read back into the form).</source>
        <translation>%1：請輸入%2以測試連接（已儲存的密鑰不會讀回表格）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting…</source>
        <translation>正在連接…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>When the saved access token expires is not known yet; with a refresh token KDS renews it at the first call and learns it.</source>
        <translation>尚未知道已儲存的存取權杖何時到期；如有更新權杖，KDS 會在第一次呼叫時更新它並得知到期日。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved access token expired on %1.</source>
        <translation>已儲存的存取權杖已於 %1 到期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved access token is valid until %1; KDS renews it by itself a few days before.</source>
        <translation>已儲存的存取權杖有效至 %1；KDS 會在到期前幾天自動更新。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: each merchant ID only once.</source>
        <translation>%1：每個商戶 ID 只可填一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 must be an http:// or https:// address, without a password.</source>
        <translation>%1：%2 必須是 http:// 或 https:// 地址，不可包含密碼。</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+131"/>
        <location line="+12"/>
        <source>%1: fill in %2.</source>
        <translation>%1：請填寫%2。</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Demo: %1 run on the built-in simulators now. The switches below are this station&apos;s own platforms, used when KDS starts without --demo.</source>
        <translation>示範：%1 正在內置模擬器上運行。下面的開關是本工作站自己的平台，在不帶 --demo 啟動 KDS 時使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is not available on this computer, so the credentials cannot be kept there. Choose another place below, or start the keyring (on Linux: GNOME Keyring or KWallet) and open Settings again.</source>
        <translation>這部電腦上的系統鑰匙圈不可用，登入資料無法存放在那裏。請在下面選擇其他存放方式，或啟動鑰匙圈（Linux：GNOME Keyring 或 KWallet）後重新打開設定。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted credentials file is locked: tap Connect on the board and enter the manager PIN, then open Settings again.</source>
        <translation>加密的登入資料檔案已鎖上：請在看板上按「連接」並輸入經理 PIN，然後重新打開設定。</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>%1: %2 must be a number.</source>
        <translation>%1：%2 必須是數字。</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_form.py" line="+43"/>
        <source>Kitchen tickets</source>
        <translation>廚房單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>收據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellations</source>
        <translation>取消單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds</source>
        <translation>退款單</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the printer</source>
        <translation>打印機</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: enter the printer&apos;s network address.</source>
        <translation>%1：請輸入打印機的網絡地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the port must be a number (usually 9100).</source>
        <translation>%1：連接埠必須是數字（通常是 9100）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the USB vendor and product IDs are hexadecimal, like 04b8 and 0e15.</source>
        <translation>%1：USB 廠商 ID 及產品 ID 是十六進制，例如 04b8 和 0e15。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the serial port, like /dev/ttyUSB0 or COM3.</source>
        <translation>%1：請輸入序列埠，例如 /dev/ttyUSB0 或 COM3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the device or file, like /dev/usb/lp0.</source>
        <translation>%1：請輸入裝置或檔案，例如 /dev/usb/lp0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the name of the system&apos;s printer queue.</source>
        <translation>%1：請輸入系統打印佇列的名稱。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every printer needs a name.</source>
        <translation>每部打印機都需要名稱。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: choose at least one kind of document.</source>
        <translation>%1：請至少選擇一種單據。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printers</source>
        <translation>打印機</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No printer yet. KDS works without one; add it now or later.</source>
        <translation>未有打印機。KDS 沒有打印機也能運作；現在或之後再加都可以。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a printer</source>
        <translation>新增打印機</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer %1</source>
        <translation>打印機 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to the screen %1</source>
        <translation>連接在螢幕 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kitchen</source>
        <translation>廚房</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/riders_form.py" line="-8"/>
        <location line="+3"/>
        <location filename="../kds/ui/windows/order_text.py" line="+159"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRILL</source>
        <translation>燒烤</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/stations_form.py" line="+28"/>
        <source>Kitchen station</source>
        <translation>廚房檔口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its kitchen tickets then show only that station&apos;s lines. Empty: every line.</source>
        <translation>佢嘅廚房單只印該檔口嘅菜式。留空：全部菜式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>網絡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>序列埠</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Device or file</source>
        <translation>裝置或檔案</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>System printer</source>
        <translation>系統打印機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>連接方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../kds/ui/windows/order_text.py" line="+14"/>
        <location line="+2"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor ID</source>
        <translation>廠商 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product ID</source>
        <translation>產品 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial port</source>
        <translation>序列埠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer queue name</source>
        <translation>打印佇列名稱</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed (baud)</source>
        <translation>速度（baud）</translation>
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
        <translation>紙張闊度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>字碼頁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CP858 for most Latin text; CP874 Thai; CP1258 Vietnamese.</source>
        <translation>拉丁文字多數用 CP858；泰文 CP874；越南文 CP1258。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prints</source>
        <translation>列印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When confirmed</source>
        <translation>接單時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it arrives</source>
        <translation>訂單到達時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked</source>
        <translation>只在要求時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints by itself</source>
        <translation>自動列印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the screen</source>
        <translation>與螢幕相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed in</source>
        <translation>列印語言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language of the ticket&apos;s own words.</source>
        <translation>單據上固定文字的語言。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a test page</source>
        <translation>列印測試頁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this printer</source>
        <translation>移除這部打印機</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Printing a test page…</source>
        <translation>正在列印測試頁…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The test page did not print: %1</source>
        <translation>測試頁未能列印：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test page sent. Check the printer.</source>
        <translation>已傳送測試頁，請查看打印機。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Two printers have the same name.</source>
        <translation>有兩部打印機同名。</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connect.py" line="+40"/>
        <source>System keyring</source>
        <translation>系統鑰匙圈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safest place: the system keeps them and KDS reads them at each start.</source>
        <translation>最安全的地方：由系統保管，KDS 每次啟動時讀取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For this run only</source>
        <translation>只限今次運行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in memory and gone when KDS closes: nothing is written to disk, but someone must type them again at each start.</source>
        <translation>保存在記憶體中，KDS 關閉後即消失：不會寫入磁碟，但每次啟動都要有人重新輸入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted file, opened with the manager PIN</source>
        <translation>加密檔案，用經理 PIN 打開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in a file encrypted with a key made from the manager PIN, which unlocks it at each start. Whoever copies the file can try PINs: use a long PIN.</source>
        <translation>保存在用經理 PIN 產生的密鑰加密的檔案中，每次啟動時用 PIN 解鎖。複製了該檔案的人可以嘗試估 PIN：請使用較長的 PIN。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The encrypted file needs a manager PIN: set one first.</source>
        <translation>加密檔案需要經理 PIN：請先設定。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="+171"/>
        <source>Connect the platforms</source>
        <translation>連接平台</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keyring is not available on this computer. Choose where KDS keeps these credentials:</source>
        <translation>這部電腦上的系統鑰匙圈不可用。請選擇 KDS 存放這些登入資料的方式：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect</source>
        <translation>連接</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where KDS keeps the credentials.</source>
        <translation>請選擇 KDS 存放登入資料的方式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-3"/>
        <source>Unlock the encrypted credentials file</source>
        <translation>解鎖加密的登入資料檔案</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Fill in %1.</source>
        <translation>請填寫%1。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This PIN does not open the encrypted credentials file.</source>
        <translation>此 PIN 無法打開加密的登入資料檔案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be read.</source>
        <translation>無法讀取加密的登入資料檔案。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../kds/ui/setup/settings_panel.py" line="-28"/>
        <location filename="../kds/ui/setup/wizard.py" line="+268"/>
        <source>Could not save the settings: %1</source>
        <translation>無法儲存設定：%1</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/settings_panel.py" line="+4"/>
        <location filename="../kds/ui/windows/main_window.py" line="+440"/>
        <source>Not saved — the restaurant database is not reachable</source>
        <translation>未儲存 — 無法連接餐廳資料庫</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/station.py" line="+117"/>
        <source>The credentials were not saved: the encrypted credentials file is locked. Tap Connect on the board and enter the manager PIN to unlock it.</source>
        <translation>登入資料未儲存：加密的登入資料檔案已鎖上。請在看板上按「連接」並輸入經理 PIN 解鎖。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credentials were not saved: the system keyring is not available. On the Platforms page choose to keep them for this run only, or in a file encrypted with the manager PIN.</source>
        <translation>登入資料未儲存：系統鑰匙圈不可用。請在「平台」頁選擇只限今次運行保存，或保存在用經理 PIN 加密的檔案中。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not change starting with the system: %1</source>
        <translation>無法更改開機自動啟動：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The restaurant&apos;s settings were saved on this screen only: its database cannot be reached. Save them again once it is back, or the other screens keep theirs.</source>
        <translation>餐廳設定只儲存在此螢幕上：無法連接資料庫。資料庫恢復後請再儲存一次；其他螢幕仍使用它們自己的設定。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The encrypted credentials file was made with another manager PIN; enter that PIN on the board to unlock it.</source>
        <translation>加密的登入資料檔案是用另一個經理 PIN 建立的；請在看板上輸入那個 PIN 解鎖。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be written.</source>
        <translation>無法寫入加密的登入資料檔案。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>KDS cannot open this database: %1</source>
        <translation>KDS 無法開啟此資料庫：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the system keyring is not available, so its credentials cannot be read</source>
        <translation>系統鑰匙圈無法使用，讀取不到登入資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted credentials file is locked until the manager PIN is entered</source>
        <translation>加密的登入資料檔案在輸入經理 PIN 之前保持鎖上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credentials missing from the system keyring: %1</source>
        <translation>系統鑰匙圈缺少登入資料：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set up yet: %1</source>
        <translation>尚未設定：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KDS cannot connect to this platform yet</source>
        <translation>KDS 暫時未能連接這個平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform settings are not valid: %1</source>
        <translation>平台設定無效：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not connected: %2.</source>
        <translation>%1 未連接：%2。</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="-79"/>
        <source>Missed (not accepted in time)</source>
        <translation>漏單（未及時接單）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the restaurant</source>
        <translation>商户取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the customer</source>
        <translation>顧客取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the platform</source>
        <translation>平台取消</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已接單</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/widgets/board_view.py" line="+89"/>
        <location filename="../kds/ui/wording.py" line="-100"/>
        <location line="+17"/>
        <location line="+126"/>
        <location line="+33"/>
        <source>Ready</source>
        <translation>出餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds in full</source>
        <translation>全數退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds in part</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross sales</source>
        <translation>總銷售額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net sales</source>
        <translation>淨銷售額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid / not paid</source>
        <translation>已付款 / 未付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to accept: median · 90% · worst</source>
        <translation>接單用時：中位數 · 90% · 最長</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to ready: median · 90%</source>
        <translation>出餐用時：中位數 · 90%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes paused</source>
        <translation>暫停分鐘數</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day&apos;s report</source>
        <translation>當日報表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>◀ Day before</source>
        <translation>◀ 前一日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day after ▶</source>
        <translation>後一日 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>更次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From −</source>
        <translation>開始 −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From +</source>
        <translation>開始 +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To −</source>
        <translation>結束 −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To +</source>
        <translation>結束 +</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export CSV</source>
        <translation>匯出 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF</source>
        <translation>儲存 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print end-of-day slip</source>
        <translation>列印日結單</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1, %2 – %3</source>
        <translation>%1，%2 – %3</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+10"/>
        <source>Could not save the file: %1</source>
        <translation>無法儲存檔案：%1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+25"/>
        <source>Saved %1</source>
        <translation>已儲存至 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printer prints receipts: set one up in Settings.</source>
        <translation>冇打印收據嘅打印機：請喺設定入面加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End-of-day slip sent to the printer.</source>
        <translation>日結單已傳送到打印機。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end-of-day slip was already printed.</source>
        <translation>日結單已經印咗。</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/wizard.py" line="-208"/>
        <source>Check and finish</source>
        <translation>檢查並完成</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language: %1</source>
        <translation>語言：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>none yet</source>
        <translation>暫時沒有</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Printers: %1</source>
        <translation>打印機：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usual preparation time: %1 min</source>
        <translation>一般製作時間：%1 分鐘</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Riders: %1</source>
        <translation>送餐員：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager PIN: %1</source>
        <translation>經理 PIN：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation>已設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>沒有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: in the restaurant&apos;s database %1</source>
        <translation>訂單：儲存在餐廳的資料庫 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: kept on this screen</source>
        <translation>訂單：儲存在此螢幕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New orders are confirmed automatically for: %1</source>
        <translation>以下平台的新訂單會自動接受：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credentials: %1</source>
        <translation>登入資料：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparation time: asked at each Confirm (usual: %1 min)</source>
        <translation>製作時間：每次確認時詢問（一般：%1 分鐘）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system keyring is not available and no other place for the credentials was chosen (Platforms page), so they will not be saved</source>
        <translation>系統鑰匙圈不可用，且未選擇其他存放登入資料的方式（「平台」頁），因此登入資料不會被儲存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encrypted credentials file needs a manager PIN (Manager PIN page)</source>
        <translation>加密的登入資料檔案需要經理 PIN（「經理 PIN」頁）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected after Finish: %1. Why: %2.</source>
        <translation>完成後不會連接：%1。原因：%2。</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Optional: when several screens work together, the restaurant&apos;s database.</source>
        <translation>可選：多個螢幕一起使用時，填寫餐廳的資料庫。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check, then tap Finish.</source>
        <translation>請檢查，然後按「完成」。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Set up KDS</source>
        <translation>設定 KDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to KDS. A few questions and the board opens; everything can be changed later in Settings.</source>
        <translation>歡迎使用 KDS。回答幾條問題就可以開始；所有設定之後都可以在「設定」更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch on the platforms this restaurant sells on.</source>
        <translation>開啟這間餐廳使用的平台。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the thermal printer for kitchen tickets and receipts.</source>
        <translation>可選：用來列印廚房單及收據的熱敏打印機。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How new orders are handled.</source>
        <translation>新訂單的處理方式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a PIN that managers type to cancel, refund or change settings.</source>
        <translation>可選：經理取消訂單、退款或更改設定時要輸入的 PIN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/widgets/overlay.py" line="+112"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/confirm.py" line="-9"/>
        <source>Confirm %1 — ready in how long?</source>
        <translation>接受 %1 — 多久可以出餐？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform tells the customer and the rider.</source>
        <translation>平台會通知顧客及車手。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 min · usual</source>
        <translation>%1 分鐘 · 一般</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/reason.py" line="+45"/>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Which dishes ran out?</source>
        <translation>哪些菜式已售罄？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also mark them sold out until end of day</source>
        <translation>同時標記為售罄，直至今日結束</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../kds/ui/sheets/refund.py" line="+138"/>
        <source>Write why (needed for “Other”)</source>
        <translation>寫下原因（選「其他」時必填）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write why</source>
        <translation>寫下原因</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a reason.</source>
        <translation>請選擇原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a few words for the platform.</source>
        <translation>請寫幾個字給平台。</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/refund.py" line="-97"/>
        <source>%1 each</source>
        <translation>每件 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Partial refund — %1</source>
        <translation>部分退款 — %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tap again to refund</source>
        <translation>再按一次確認退款</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing left to refund</source>
        <translation>已沒有可退款的數量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left to refund</source>
        <translation>尚可退 %1 份</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking the platform what is left to refund…</source>
        <translation>正在向平台查詢尚可退款的數量…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform could not say what is left to refund: quantities and amount are estimates.</source>
        <translation>平台未能回覆尚可退款的數量：數量及金額均為估算。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Refund amount (from the platform): %1</source>
        <translation>退款金額（平台計算）：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund amount (estimate): %1</source>
        <translation>退款金額（估算）：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tap again to refund %1</source>
        <translation>再按一次退款 %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/board.py" line="+207"/>
        <source>Confirming…</source>
        <translation>接單中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+116"/>
        <source>time is up</source>
        <translation>時間已到</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+5"/>
        <source>accepted automatically in</source>
        <translation>自動接單倒數</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-151"/>
        <source>Scheduled %1</source>
        <translation>預約 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Code %1</source>
        <translation>取餐碼 %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+8"/>
        <location line="+129"/>
        <source>Refund requested</source>
        <translation>顧客要求退款</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-216"/>
        <source>Reading the address…</source>
        <translation>正在讀取地址…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address not available: see the platform app</source>
        <translation>未能取得地址：請查看平台應用程式</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../kds/ui/windows/order_text.py" line="-55"/>
        <source>whole order</source>
        <translation>整張訂單</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ORDER DETAILS COULD NOT BE READ</source>
        <translation>無法讀取訂單詳情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this order on the %1 tablet.</source>
        <translation>請在 %1 平板上查看此訂單。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Refunded 1 item · %1</source>
        <translation>已退款 1 件 · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded %1 items · %2</source>
        <translation>已退款 %1 件 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded · %1</source>
        <translation>已退款 · %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CANCELLED BY THE CUSTOMER</source>
        <translation>顧客已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>CANCELLED BY THE PLATFORM</source>
        <translation>平台已取消</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop preparing this order.</source>
        <translation>請停止製作這張訂單。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../kds/ui/wording.py" line="-167"/>
        <location line="+37"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/wording.py" line="-182"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>Collected</source>
        <translation>已取餐</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/wording.py" line="+110"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out since</source>
        <translation>送出時間</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 in a moment…</source>
        <translation>即將傳送：%1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending %1…</source>
        <translation>正在傳送：%1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying %1: %2</source>
        <translation>正在重試%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry %1</source>
        <translation>重試%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed — %2</source>
        <translation>%1失敗 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../kds/ui/wording.py" line="-137"/>
        <source>Reject…</source>
        <translation>拒絕…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Details not readable yet — retrying. Use the %1 tablet if it cannot wait.</source>
        <translation>暫未能讀取訂單詳情，正在重試。如不能等，請用 %1 平板處理。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK, seen</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/viewmodels/stations.py" line="+103"/>
        <source>1 item</source>
        <translation>1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/viewmodels/stations.py" line="+0"/>
        <source>%1 items</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order details not read</source>
        <translation>未讀取訂單詳情</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/health.py" line="+126"/>
        <source>not connected</source>
        <translation>未連接</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>polled by %1</source>
        <translation>由%1查詢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polled by another screen</source>
        <translation>由其他螢幕查詢</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connecting…</source>
        <translation>連接中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polled %1</source>
        <translation>%1查詢</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>last good poll %1</source>
        <translation>上次成功查詢：%1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>token expires %1</source>
        <translation>權杖於 %1 到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token renewal failed</source>
        <translation>權杖更新失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token expired</source>
        <translation>權杖已到期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the merchant access token has expired, so actions and order details fail. Enter a new token in Settings.</source>
        <translation>%1：商戶存取權杖已到期，操作及訂單詳情都會失敗。請在「設定」輸入新的權杖。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2); KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1：更新商戶存取權杖失敗（%2）；KDS 會再試。如持續失敗，請在「設定」輸入新的權杖。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2). It works until %3; KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1：更新商戶存取權杖失敗（%2）。權杖在 %3 前仍可使用；KDS 會再試。如持續失敗，請在「設定」輸入新的權杖。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3. KDS renews it by itself; if it cannot, enter a new token in Settings.</source>
        <translation>%1：商戶存取權杖將於 %3 到期。KDS 會自動更新；如未能更新，請在「設定」輸入新的權杖。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3 and KDS cannot renew it (no refresh token). Enter a new token in Settings before then.</source>
        <translation>%1：商戶存取權杖將於 %3 到期，而 KDS 無法更新（沒有更新權杖）。請在此之前於「設定」輸入新的權杖。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 failed polls in a row)</source>
        <translation>%1（連續 %2 次查詢失敗）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ORDERS MAY BE MISSED. </source>
        <translation>可能漏單！</translation>
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
        <translation>更多</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../kds/ui/widgets/bars.py" line="-35"/>
        <location line="+34"/>
        <source>History</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-33"/>
        <location line="+23"/>
        <source>Mute 5 min</source>
        <translation>靜音 5 分鐘</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Full screen</source>
        <translation>全螢幕</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-3"/>
        <source>Muted %1</source>
        <translation>靜音中 %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sound is off — no audio device</source>
        <translation>聲音已關閉 — 冇音訊裝置</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../kds/ui/windows/main_window.py" line="+35"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tap Confirm to accept · tap a card for details</source>
        <translation>撳「接單」接受訂單 · 撳卡片睇詳情</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/board_view.py" line="-2"/>
        <location filename="../kds/ui/wording.py" line="+133"/>
        <source>New</source>
        <translation>新訂單</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <location line="+33"/>
        <source>Preparing</source>
        <translation>製作中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out / Done</source>
        <translation>已送出 / 完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No new orders.
New orders ring and appear here.</source>
        <translation>沒有新訂單。
新訂單會響鈴並顯示在這裡。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing being prepared.</source>
        <translation>沒有製作中的訂單。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing waiting for pickup.</source>
        <translation>沒有等待取餐的訂單。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished orders stay here for 30 minutes.</source>
        <translation>完成的訂單會在這裡顯示 30 分鐘。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scheduled orders.</source>
        <translation>沒有預約訂單。</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>+ %1 more below · %2 cancelled</source>
        <translation>下面仲有 %1 單 · %2 單已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 more below</source>
        <translation>下面仲有 %1 單</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_delegate.py" line="+229"/>
        <source>Sending…</source>
        <translation>傳送中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+34"/>
        <source>Undo %1</source>
        <translation>復原 %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_layout.py" line="+207"/>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/drawer.py" line="-170"/>
        <source>Printing</source>
        <translation>列印</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reprint kitchen ticket</source>
        <translation>重印廚房單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print kitchen ticket</source>
        <translation>列印廚房單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint receipt</source>
        <translation>重印收據</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print receipt</source>
        <translation>列印收據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint delivery slip</source>
        <translation>重印送餐單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print delivery slip</source>
        <translation>列印送餐單</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>placed %1</source>
        <translation>%1 落單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheduled %1</source>
        <translation>預約 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/history.py" line="-3"/>
        <source>Today&apos;s finished orders</source>
        <translation>今日已完成訂單</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search by order number, customer or item</source>
        <translation>按訂單號碼、顧客或食品搜尋</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 order</source>
        <translation>1 張訂單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation>%1 張訂單</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-558"/>
        <location line="+547"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+80"/>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <location line="-512"/>
        <location line="+520"/>
        <source>All-day</source>
        <translation>菜式匯總</translation>
    </message>
    <message>
        <location line="-509"/>
        <location line="+507"/>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Report</source>
        <translation>報表</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-477"/>
        <location line="+486"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-21"/>
        <location line="+24"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location line="-484"/>
        <location line="+482"/>
        <source>Connect…</source>
        <translation>連接…</translation>
    </message>
    <message>
        <location line="-477"/>
        <source>Reopen</source>
        <translation>重新開店</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 new · %2 preparing · %3 ready</source>
        <translation>%1 新 · %2 製作中 · %3 待取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear all seen (%1)</source>
        <translation>全部已睇 (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 closed your store after a missed order</source>
        <translation>%1 因一張錯過的訂單關閉了你的店舖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your store is still closed on %1 during opening hours</source>
        <translation>營業時間內你的店舖在 %1 上仍然關閉</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pause the store</source>
        <translation>暫停店舖</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>See the day&apos;s report</source>
        <translation>查看當日報表</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-45"/>
        <source>Restaurant database not reachable — retrying… (%1)</source>
        <translation>無法連接餐廳資料庫 — 正在重試…（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong and was logged: %1</source>
        <translation>發生問題，已記錄：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too late to undo: it was already sent.</source>
        <translation>太遲，無法復原：已經傳送。</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/print_wiring.py" line="+60"/>
        <source>Nothing was sent: no printer prints this.</source>
        <translation>未有傳送：沒有打印機負責列印這份單。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This job is not waiting for a retry any more.</source>
        <translation>這個列印工作已不再等待重試。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: REPRINT #%2 sent to %3</source>
        <translation>%1：重印 #%2 已傳送至%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent to %2</source>
        <translation>%1已傳送至%2</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_sheets.py" line="+106"/>
        <source>Cancel order %1?</source>
        <translation>取消訂單 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1</source>
        <translation>取消訂單 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel %1</source>
        <translation>再按一次取消 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer gets the whole order refunded.</source>
        <translation>顧客將獲得整張訂單退款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer gets the requested items refunded.</source>
        <translation>顧客將獲得所申請項目的退款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount: %1</source>
        <translation>金額：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree to the refund request of %1?</source>
        <translation>同意 %1 的退款申請？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to agree to the refund</source>
        <translation>再按一次同意退款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reject the refund request of %1?</source>
        <translation>拒絕 %1 的退款要求？</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="-150"/>
        <source>Reject refund</source>
        <translation>拒絕退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to reject the refund</source>
        <translation>再按一次拒絕退款</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dispatch %1 — who takes it?</source>
        <translation>派送 %1 — 由誰送？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who takes %1 now?</source>
        <translation>%1 現在由誰送？</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-65"/>
        <location line="+4"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+57"/>
        <source>Open Settings</source>
        <translation>開啟設定</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Saved. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>已儲存。平台、打印機及訂單設定會在 KDS 重新啟動後生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another screen changed the restaurant&apos;s settings. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>另一部螢幕更改了餐廳設定。平台、打印機及訂單設定會在 KDS 重新啟動後生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another screen changed the restaurant&apos;s settings: they apply here too.</source>
        <translation>另一部螢幕更改了餐廳設定：此處亦同樣適用。</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+115"/>
        <source>Leave full screen</source>
        <translation>離開全螢幕</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="+2"/>
        <source>Exit full screen</source>
        <translation>退出全螢幕</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+43"/>
        <source>KDS · DEMO</source>
        <translation>KDS · 示範</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/bump_bar.py" line="+114"/>
        <source>Select a ticket with its number first.</source>
        <translation>請先用號碼選擇訂單。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter has nothing to do for this ticket; Space opens it.</source>
        <translation>Enter 鍵對呢張單冇嘢做；撳空格鍵打開。</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="-42"/>
        <source>Items</source>
        <translation>食品</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>總數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order note</source>
        <translation>訂單備註</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled — payment settled</source>
        <translation>已取消 — 款項已結清</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paid yet</source>
        <translation>尚未付款</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>paid online</source>
        <translation>已網上付款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>collect on delivery</source>
        <translation>貨到收款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change for %1</source>
        <translation>找續 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payment details</source>
        <translation>沒有付款資料</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="-286"/>
        <location filename="../kds/ui/windows/order_text.py" line="+10"/>
        <location filename="../kds/ui/wording.py" line="+160"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="+7"/>
        <source>no phone number</source>
        <translation>沒有電話號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden by the platform</source>
        <translation>平台已隱藏</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>decrypting for your rider…</source>
        <translation>正在為你的送餐員解密…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decrypted once the order is accepted</source>
        <translation>接單後解密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform did not decrypt it</source>
        <translation>平台未有解密</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/riders_form.py" line="-23"/>
        <source>Riders</source>
        <translation>送餐員</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own riders, for orders the restaurant delivers itself. Dispatch asks which one takes the order and tells the platform, so the customer knows who is coming.</source>
        <translation>餐廳自己的送餐員，用於餐廳自行送餐的訂單。派送時會問由哪位送，並通知平台，讓顧客知道誰會來。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rider</source>
        <translation>新增送餐員</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rider %1</source>
        <translation>送餐員 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/order_text.py" line="+15"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With the country code, e.g. +852.</source>
        <translation>連國家代碼，例如 +852。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vehicle</source>
        <translation>交通工具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>車牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rider</source>
        <translation>移除此送餐員</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Rider %1: check the name, the phone (digits, spaces and + only) and the plate.</source>
        <translation>送餐員 %1：請檢查姓名、電話（只可用數字、空格及 +）及車牌。</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="+2"/>
        <source>Orders here</source>
        <translation>在本店落單次數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encrypted until decrypted for your rider</source>
        <translation>已加密，派自家車手時才會解密</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rider</source>
        <translation>送餐員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup code</source>
        <translation>取餐碼</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not acknowledged yet</source>
        <translation>尚未確認收到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events stored</source>
        <translation>沒有已儲存的事件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 attempts</source>
        <translation>嘗試 %1 次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already done on the platform</source>
        <translation>已在平台上完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions yet</source>
        <translation>暫時沒有操作</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-186"/>
        <location line="+17"/>
        <source>Confirm</source>
        <translation>接單</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Dispatch</source>
        <translation>派送</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+142"/>
        <location line="+120"/>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Change rider…</source>
        <translation>更換送餐員…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_sheets.py" line="-27"/>
        <location filename="../kds/ui/wording.py" line="+18"/>
        <source>Agree refund</source>
        <translation>同意退款</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-3"/>
        <source>Change rider</source>
        <translation>更換送餐員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+164"/>
        <source>Partial refund</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/board.py" line="-12"/>
        <location filename="../kds/ui/wording.py" line="-154"/>
        <location line="+141"/>
        <source>Confirmed</source>
        <translation>已接單</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-140"/>
        <source>Marked ready</source>
        <translation>已出餐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatched</source>
        <translation>已派送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider changed</source>
        <translation>已更換送餐員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation sent</source>
        <translation>已傳送取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund sent</source>
        <translation>已傳送退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund agreed</source>
        <translation>已同意退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund rejected</source>
        <translation>已拒絕退款</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>傳送中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_test.py" line="+55"/>
        <source>the printer could not be reached</source>
        <translation>無法連接打印機</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the test page could not be queued</source>
        <translation>測試頁無法加入列印隊列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the printer did not finish the test page in time</source>
        <translation>打印機未能及時印完測試頁</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/sheets/store.py" line="-79"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-46"/>
        <source>Agree refund…</source>
        <translation>同意退款…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>undone</source>
        <translation>已復原</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform rejected our login</source>
        <translation>平台拒絕了我們的登入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the platform</source>
        <translation>無法連接平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform refused</source>
        <translation>平台拒絕了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible in the order&apos;s current state</source>
        <translation>訂單目前的狀態不可以這樣做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform sent an unreadable answer</source>
        <translation>平台回覆的內容無法讀取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order is not stored</source>
        <translation>訂單未有儲存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This order is no longer on this screen.</source>
        <translation>這張訂單已不在畫面上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible any more: the order has moved on.</source>
        <translation>已經不可以：訂單狀態已改變。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason first.</source>
        <translation>請先選擇原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one item.</source>
        <translation>請至少選擇一件食品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rider first.</source>
        <translation>請先選擇送餐員。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action could not be recorded.</source>
        <translation>未能記錄這個操作。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>motorbike</source>
        <translation>電單車</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scooter</source>
        <translation>綿羊仔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bicycle</source>
        <translation>單車</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>car</source>
        <translation>汽車</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on foot</source>
        <translation>步行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login rejected: check the platform credentials</source>
        <translation>登入被拒：請檢查平台登入資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowed down by the platform (rate limit)</source>
        <translation>平台限制了查詢速度（頻率限制）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the platform</source>
        <translation>無法連接平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform sent unreadable data</source>
        <translation>平台傳來的資料無法讀取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some order details not read yet (retrying)</source>
        <translation>部分訂單詳情尚未讀取（重試中）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reported a notification error</source>
        <translation>%1 報告通知發送出錯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reported a notification error: %2</source>
        <translation>%1 報告通知發送出錯：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported a problem</source>
        <translation>%1 報告出現問題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 reported a problem: %2</source>
        <translation>%1 報告出現問題：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivery</source>
        <translation>外送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickup</source>
        <translation>自取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own delivery</source>
        <translation>自家外送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dine-in</source>
        <translation>堂食</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Out</source>
        <translation>已送出</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed by the platform</source>
        <translation>平台已結束</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its final time passed</source>
        <translation>已過最終時限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not marked collected in time</source>
        <translation>未及時標記已取餐</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New order</source>
        <translation>新訂單</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out for delivery</source>
        <translation>送餐中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked up</source>
        <translation>已取餐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation asked for</source>
        <translation>已申請取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation refused</source>
        <translation>取消被拒絕</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund not given</source>
        <translation>未有退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider update</source>
        <translation>車手動態</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>our action went through</source>
        <translation>本店操作已生效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by the customer</source>
        <translation>由顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by the restaurant</source>
        <translation>由餐廳</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>by the platform</source>
        <translation>由平台</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivery fee</source>
        <translation>送餐費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fee</source>
        <translation>服務費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip</source>
        <translation>小費</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging</source>
        <translation>包裝費</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>費用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit card</source>
        <translation>扣賬卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>銀行卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal voucher</source>
        <translation>餐券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food voucher</source>
        <translation>食品券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital wallet</source>
        <translation>電子錢包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>網上付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepaid</source>
        <translation>預付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SOLD OUT</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID check</source>
        <translation>核對身份證</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allergy</source>
        <translation>過敏</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accept within</source>
        <translation>接單限時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer within</source>
        <translation>回覆限時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start in</source>
        <translation>開始製作倒數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparing</source>
        <translation>製作中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready for</source>
        <translation>已出餐</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Out of some dishes</source>
        <translation>部分食品售罄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing / not trading now</source>
        <translation>即將關門／暫停營業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough staff</source>
        <translation>人手不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (write why)</source>
        <translation>其他（寫下原因）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food already prepared</source>
        <translation>食品已製作好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already out for delivery</source>
        <translation>已經送出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item out of stock</source>
        <translation>食品售罄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items out of stock</source>
        <translation>多項食品售罄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item damaged</source>
        <translation>食品損壞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>送錯食品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer asked</source>
        <translation>顧客要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too busy</source>
        <translation>太忙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restaurant closed</source>
        <translation>餐廳已關門</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rider assigned</source>
        <translation>已派車手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider on the way</source>
        <translation>車手正前來</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider here</source>
        <translation>車手已到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider picked up</source>
        <translation>車手已取餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider delivering</source>
        <translation>車手送餐中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider cancelled</source>
        <translation>車手已取消</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-224"/>
        <location filename="../kds/ui/wording.py" line="+2"/>
        <source>Rider: %1</source>
        <translation>車手：%1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+10"/>
        <source>Refund request — status %1</source>
        <translation>退款申請 — 狀態 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>%1 分鐘前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h ago</source>
        <translation>%1 小時前</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/print_problems.py" line="-20"/>
        <source>Print jobs that did not print</source>
        <translation>未能列印的單據</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry sends a job again. If a job was cut off, look at the printer: Printed OK if the paper is there, else Reprint.</source>
        <translation>重試會再次傳送。如列印中途中斷，請查看打印機：有單就按「已印好」，沒有就按「重印」。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing left to do: every job printed.</source>
        <translation>沒有待處理的單：全部已列印。</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/print_lines.py" line="+61"/>
        <source>ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>printing…</source>
        <translation>列印中…</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>paper low</source>
        <translation>紙張將盡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper out</source>
        <translation>沒有紙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked yet</source>
        <translation>尚未檢查</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The printer does not report its paper; the last connection worked.</source>
        <translation>打印機不會報告紙張狀態；上次連線正常。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/drawer.py" line="-114"/>
        <source>Kitchen ticket</source>
        <translation>廚房單</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation slip</source>
        <translation>取消單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund slip</source>
        <translation>退款單</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Delivery slip</source>
        <translation>送餐單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test page</source>
        <translation>測試頁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-day slip</source>
        <translation>日結單</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 · REPRINT #%2</source>
        <translation>%1 · 重印 #%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not print; a later copy did</source>
        <translation>未能列印；之後的一份已印好</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to print</source>
        <translation>等待列印</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>printed %1</source>
        <translation>已於%1列印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed: %1</source>
        <translation>未列印：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown error</source>
        <translation>未知錯誤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trying again at %1</source>
        <translation>將於%1重試</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may have printed: it was cut off while printing. Check the printer.</source>
        <translation>可能已列印：列印途中被中斷，請查看打印機。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed OK</source>
        <translation>已印好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open order</source>
        <translation>打開訂單</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kitchen ticket not printed</source>
        <translation>廚房單未列印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kitchen ticket may not have printed</source>
        <translation>廚房單可能未印出</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/printer_status.py" line="+23"/>
        <source>⚠ 1 print job did not print</source>
        <translation>⚠ 1 張單未能列印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 print jobs did not print</source>
        <translation>⚠ %1 張單未能列印</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/receipt_preview.py" line="+94"/>
        <source>No preview: a font the printer&apos;s pictures need is not installed.</source>
        <translation>無法預覽：未安裝打印圖像所需的字型。</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/rider.py" line="+42"/>
        <source>Now with %1.</source>
        <translation>現由 %1 負責。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform tells the customer who is coming.</source>
        <translation>平台會告訴顧客誰會送餐。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No riders yet: add your riders in Settings → Riders.</source>
        <translation>未有送餐員：請在「設定 → 送餐員」新增。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dispatch without a name</source>
        <translation>不指定送餐員派送</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connection_test.py" line="+37"/>
        <source>These settings cannot be used: %1</source>
        <translation>這些設定無法使用：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform refused these credentials: %1</source>
        <translation>平台拒絕了這些登入資料：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect: %1</source>
        <translation>無法連接：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform answered with a problem: %1</source>
        <translation>平台回覆了問題：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform did not answer within %1 s.</source>
        <translation>平台在 %1 秒內沒有回應。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: the platform accepted these credentials.</source>
        <translation>已連接：平台接受了這些登入資料。</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/store.py" line="+60"/>
        <location filename="../kds/ui/windows/main_window.py" line="-483"/>
        <location line="+514"/>
        <source>Store</source>
        <translation>店舖</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Until resumed</source>
        <translation>直至恢復</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet — retrying: %1</source>
        <translation>尚未發送 — 正在重試：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet — retrying</source>
        <translation>尚未發送 — 正在重試</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>尚未發送</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+211"/>
        <source>reopening %1</source>
        <translation>重新開店%1</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · until resumed</source>
        <translation>%1 · 直至恢復</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · resumes %2 (%3)</source>
        <translation>%1 · %2 恢復（%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused — %1</source>
        <translation>已暫停 — %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>On which platforms:</source>
        <translation>在哪些平台：</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="+190"/>
        <location filename="../kds/ui/sheets/store.py" line="+1"/>
        <source>All platforms</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/store.py" line="+5"/>
        <source>Pause new orders:</source>
        <translation>暫停新訂單：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <translation>恢復</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or pause until a time:</source>
        <translation>或暫停至某個時間：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Busy: add minutes to the preparation time sent on confirm, for an hour:</source>
        <translation>繁忙：確認時發送的備餐時間加幾分鐘，持續一小時：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+%1 min</source>
        <translation>+%1 分鐘</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End busy</source>
        <translation>結束繁忙</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sold out…</source>
        <translation>售罄…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Busy adds its minutes to the preparation time sent on confirm.</source>
        <translation>繁忙模式會把這些分鐘加到確認時發送的備餐時間上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy changes nothing here: this platform takes no preparation time on confirm.</source>
        <translation>繁忙模式在這裡不起作用：這個平台確認時不接收備餐時間。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pause until %1</source>
        <translation>暫停至 %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pause it on the platform&apos;s own tablet</source>
        <translation>請在平台自己的平板上暫停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taking orders</source>
        <translation>正在接單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until resumed</source>
        <translation>已暫停，直至恢復</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until %1</source>
        <translation>暫停至 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>busy +%1 min</source>
        <translation>繁忙 +%1 分鐘</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/stations_form.py" line="+0"/>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expo</source>
        <translation>出餐位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word in the name</source>
        <translation>名稱中嘅字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>貨品編號</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kitchen stations</source>
        <translation>廚房檔口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This screen</source>
        <translation>呢部螢幕</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This screen is</source>
        <translation>呢部螢幕係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter: every order and every action. Kitchen station: only the lines routed to it, in big type; tap a line when it is made, Bump when the station&apos;s part is done. Expo: every order with each station&apos;s progress.</source>
        <translation>櫃檯：所有訂單同所有操作。廚房檔口：只顯示分到該檔口嘅菜式，大字顯示；整好一樣撳一下，檔口嘅部分整完撳「完成」。出餐位：所有訂單，並顯示各檔口進度。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which station</source>
        <translation>邊個檔口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restaurant&apos;s stations</source>
        <translation>餐廳嘅檔口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by every screen of the restaurant. Names as the kitchen says them: GRILL, DRINKS.</source>
        <translation>餐廳所有螢幕共用。跟廚房嘅叫法命名：燒烤、飲品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station name</source>
        <translation>檔口名稱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a station</source>
        <translation>加檔口</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines no rule matches go to</source>
        <translation>冇規則配對嘅菜式分到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routing rules</source>
        <translation>分單規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried from the top; the first that matches decides. A word matches the item&apos;s name in any language the platform sends, without accents or capitals.</source>
        <translation>由上至下逐條試，第一條配對到嘅規則作準。字詞會同平台傳來任何語言嘅菜名比對，唔理聲調符號同大小寫。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. suco, 茶, drinks, SKU-123</source>
        <translation>例如 suco、茶、飲品、SKU-123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1</source>
        <translation>規則 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goes to</source>
        <translation>分到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rule</source>
        <translation>刪除呢條規則</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rule</source>
        <translation>加規則</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Two stations have the same name.</source>
        <translation>有兩個檔口同名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which station this kitchen screen is.</source>
        <translation>請揀呢部廚房螢幕係邊個檔口。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule %1: choose the station it goes to.</source>
        <translation>規則 %1：請揀分到邊個檔口。</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/recall.py" line="-16"/>
        <source>Recall a bumped order</source>
        <translation>召回已完成嘅訂單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap an order to bring it back to the screen.</source>
        <translation>撳一張訂單，令佢返到螢幕上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing bumped yet.</source>
        <translation>仲未有已完成嘅訂單。</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/stations.py" line="-70"/>
        <source>+ 1 item at %1</source>
        <translation>+ 1 件喺 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 items at %2</source>
        <translation>+ %1 件喺 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 done</source>
        <translation>%1 已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 working</source>
        <translation>%1 製作中</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+17"/>
        <source>Bump</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/report_charts.py" line="+102"/>
        <source>Orders per hour</source>
        <translation>每小時訂單</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hour</source>
        <translation>小時</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time to accept</source>
        <translation>接單用時</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deadline %1</source>
        <translation>時限 %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/sold_out.py" line="+69"/>
        <source>told</source>
        <translation>已通知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>telling…</source>
        <translation>正在通知…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed — retrying</source>
        <translation>失敗 — 正在重試</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed — mark it again or do it on the platform&apos;s tablet</source>
        <translation>失敗 — 請重新標記，或在平台的平板電腦上操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be told here: %1</source>
        <translation>無法在此通知：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>do it on the platform&apos;s tablet</source>
        <translation>請在平台的平板電腦上操作</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SOLD OUT until switched back</source>
        <translation>已售罄，直至重新上架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOLD OUT until %1</source>
        <translation>已售罄至 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sold out</source>
        <translation>售罄</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search dishes (name or code)</source>
        <translation>搜尋菜式（名稱或編號）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sold out until end of day</source>
        <translation>售罄至今日結束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For %1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until switched back</source>
        <translation>直至重新上架</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back in stock</source>
        <translation>恢復供應</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link with another dish…</source>
        <translation>與其他菜式合併…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No dish found. Dishes appear here once they were ordered.</source>
        <translation>還沒有菜式。菜式被點過後會在這裏出現。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dish matches.</source>
        <translation>沒有相符的菜式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to find the other %1 dishes.</source>
        <translation>輸入以尋找其餘 %1 個菜式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap the dish to link into the selected one.</source>
        <translation>輕觸要併入所選菜式的菜式。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap a dish to mark it sold out or back in stock.</source>
        <translation>輕觸菜式，標記為售罄或恢復供應。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>KDS tells it when you mark the dish</source>
        <translation>標記菜式時 KDS 會通知該平台</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Split off</source>
        <translation>拆分出來</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/counts.py" line="+155"/>
        <source>All-day counts</source>
        <translation>菜式匯總</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to cook, every platform. Tap a dish to find its tickets.</source>
        <translation>所有平台待做的菜式。按一道菜，找出有它的單。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to cook.</source>
        <translation>沒有待做的菜。</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/store_wait.py" line="-14"/>
        <source>The board opens by itself as soon as the restaurant database answers.</source>
        <translation>餐廳資料庫一有回應，訂單看板就會自動開啟。</translation>
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
        <translation>KDS 每 30 秒向 Keeta 查詢新訂單。ID 及密鑰可在 Keeta 開發者平台找到。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the store on Keeta for every merchant ID of this station, and opens it again.</source>
        <translation>為本站的每個商戶 ID 在 Keeta 上關店，並再次開店。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Delivery only takes whole-menu updates: switch single dishes off on the Keeta tablet.</source>
        <translation>Open Delivery 只接受整份餐牌的更新：請在 Keeta 平板上停售單一菜式。</translation>
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
        <translation>Keeta 會把訂單傳送到你的中繼站（kds relay），KDS 一秒內從那裡取得。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause on the Keeta tablet: KDS cannot close this store yet.</source>
        <translation>請在 Keeta 平板上暫停：KDS 暫時仲未能關閉呢間店。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch dishes off on the Keeta tablet: KDS cannot do it there yet.</source>
        <translation>請在 Keeta 平板上停售菜式：KDS 暫時仲做唔到。</translation>
    </message>
    <message>
        <location filename="../kds/platforms/gofood/spec.py" line="+57"/>
        <source>GoFood</source>
        <translation>GoFood</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manual: staff accept within 3 minutes, or GoFood rejects</source>
        <translation>手動：員工須在 3 分鐘內接單，否則 GoFood 拒單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept on timeout: accepted after 1 minute if nobody acts</source>
        <translation>逾時自動接單：1 分鐘內無人處理即自動接單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept: every order accepted at once</source>
        <translation>自動接單：每張訂單立即接單</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GoBiz</source>
        <translation>GoBiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoFood sends orders to your relay (kds relay); KDS collects them there within a second. Choose the acceptance mode that is set at GoBiz.</source>
        <translation>GoFood 將訂單傳送到你的中繼（kds relay）；KDS 在一秒內從那裏取回。請選擇與 GoBiz 上相同的接單模式。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the outlet on GoFood (force close) and opens it again.</source>
        <translation>在 GoFood 上關閉店舖（force close），並再次開店。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch single dishes off in the GoBiz app: KDS cannot do it there yet.</source>
        <translation>請在 GoBiz 應用程式中停售單一菜式：KDS 暫時仲做唔到。</translation>
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
        <translation>Zeek 將 Circle K 訂單發送到你的中繼（kds relay）；KDS 會在一秒內從那裏取回訂單。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The relay answers every CKGo stock check &quot;out of stock&quot; while paused.</source>
        <translation>暫停期間，中繼對 CKGo 的每次庫存查詢都回答「缺貨」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay answers CKGo&apos;s stock check for the dish &quot;out of stock&quot;; with the product update path set, CKGo&apos;s product list is switched too (BatchUpdateProduct).</source>
        <translation>中繼對 CKGo 就該菜式的庫存查詢回答「缺貨」；設定了商品更新路徑時，CKGo 的商品列表亦會一併切換（BatchUpdateProduct）。</translation>
    </message>
</context>
</TS>
