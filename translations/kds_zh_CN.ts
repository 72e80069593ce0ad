<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../kds/ui/session.py" line="+145"/>
        <source>This screen joined a restaurant that already had its settings: its platform accounts, printers, manager PIN and order handling now come from the restaurant&apos;s database. This screen&apos;s own earlier settings are kept in %1.</source>
        <translation>此屏幕已加入一家已有设置的餐厅：平台账户、打印机、经理 PIN 和订单处理现在都来自餐厅的数据库。此屏幕原来的设置保存在 %1。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Settings saved. KDS reconnected with them.</source>
        <translation>设置已保存，KDS 已按新设置重新连接。</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/about.py" line="+60"/>
        <source>Orders database: the restaurant&apos;s PostgreSQL, %1</source>
        <translation>订单数据库：餐厅的 PostgreSQL，%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders database: none (kept in memory)</source>
        <translation>订单数据库：无（保存在内存中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders database: this screen&apos;s own SQLite file</source>
        <translation>订单数据库：本屏幕自己的 SQLite 文件</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>KDS %1</source>
        <translation>KDS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kitchen display and order desk for restaurant counters.</source>
        <translation>餐厅柜台用的厨房显示屏和接单台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt %1 · PySide6 %2 · Python %3 · %4</source>
        <translation>Qt %1 · PySide6 %2 · Python %3 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders database</source>
        <translation>订单数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: Apache 2.0</source>
        <translation>许可证：Apache 2.0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diagnostics for support: the logs (without phone numbers, addresses or passwords), the settings without secrets, and order counts.</source>
        <translation>给技术支持的诊断资料：日志（不含电话、地址或密码）、不含机密的设置，以及订单数量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export diagnostics</source>
        <translation>导出诊断资料</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About KDS</source>
        <translation>关于 KDS</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/credentials.py" line="+69"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Client secret（密钥）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay tenant token</source>
        <translation>中继站租户令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App secret</source>
        <translation>App secret（密钥）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant access token</source>
        <translation>商户访问令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token (optional)</source>
        <translation>刷新令牌（选填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region (optional, SGN when empty)</source>
        <translation>区域（可选，留空则为 SGN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product update path (optional)</source>
        <translation>商品更新路径（可选）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose what is set at GoBiz: the clock on each new order follows it.</source>
        <translation>选择与 GoBiz 上相同的设置：每张新订单的计时按此进行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only outlets whose mode differs, e.g. G123456789=auto_accept_on_timeout; separate them with commas.</source>
        <translation>只填模式不同的门店，例如 G123456789=auto_accept_on_timeout；多个门店用逗号分隔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the platform takes BatchUpdateProduct, e.g. /api/v1.0/product/update: sold-out dishes are then switched off in its product list too.</source>
        <translation>平台接收 BatchUpdateProduct 的路径，例如 /api/v1.0/product/update：售罄的菜品也会在其商品列表中下架。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>API address</source>
        <translation>API 地址</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Address (base URL)</source>
        <translation>地址（基础 URL）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in (OAuth) address</source>
        <translation>登录（OAuth）地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet ID</source>
        <translation>门店 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode</source>
        <translation>接单模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode per outlet (optional)</source>
        <translation>各门店的接单模式（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay address</source>
        <translation>中继站地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant IDs</source>
        <translation>商户 ID</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/forms.py" line="+48"/>
        <location filename="../kds/ui/sheets/confirm.py" line="+104"/>
        <location filename="../kds/ui/sheets/store.py" line="+140"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+265"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
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
        <translation>运行方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepting orders</source>
        <translation>接单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm new %1 orders automatically</source>
        <translation>自动接受 %1 的新订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off is safer: staff confirm each order. On: every new order is confirmed at once, even when nobody is at the counter.</source>
        <translation>关闭更稳妥：由员工逐单确认。开启：每个新订单会立即接受，即使柜台没有人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual preparation time</source>
        <translation>一般制作时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Confirm tells the platform.</source>
        <translation>接单时告知平台的时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always send the usual time</source>
        <translation>总是发送一般时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation time</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time: Confirm offers 10 to 45 minutes, the usual time highlighted (only where the platform takes a preparation time).</source>
        <translation>每次询问：接单时提供 10 至 45 分钟供选择，一般时间高亮显示（仅限接受制作时间的平台）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sounds</source>
        <translation>声音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring for new orders and alarms</source>
        <translation>新订单和警报时响铃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket colours</source>
        <translation>单据颜色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amber after</source>
        <translation>变黄时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time since the order was accepted.</source>
        <translation>从接单开始计算。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red after</source>
        <translation>变红时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+134"/>
        <location filename="../kds/ui/windows/drawer.py" line="+188"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to undo Ready, Collected and Delivered</source>
        <translation>可撤销“已备好”、“已取餐”和“已送达”的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 sends at once, without Undo.</source>
        <translation>设为 0 立即发送，不能撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a platform stays closed during these hours for more than a few minutes, the board rings and offers to reopen it. No day ticked: no opening hours.</source>
        <translation>在这些时间内，某个平台关闭超过几分钟时，屏幕会响铃并提示重新开店。一天都没勾选：没有营业时间。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A closing time before the opening time runs past midnight.</source>
        <translation>关门时间早于开门时间表示营业到午夜之后。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A day&apos;s opening and closing times must differ.</source>
        <translation>同一天的开门和关门时间不能相同。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amber time must be shorter than the red time.</source>
        <translation>变黄时间必须短于变红时间。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times and prices follow the language&apos;s usual format.</source>
        <translation>时间和价格按该语言的惯用格式显示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look</source>
        <translation>外观</translation>
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
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark is easier on the eyes in a kitchen.</source>
        <translation>深色在厨房更护眼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compact</source>
        <translation>紧凑</translation>
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
        <translation>自动：某一栏订单多时用紧凑卡片，其余时候用完整卡片。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No clean-up yet.</source>
        <translation>尚未清理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last clean-up: %1 %2 — %3 old orders deleted, customer details of %4 orders erased.</source>
        <translation>上次清理：%1 %2 — 删除了 %3 个旧订单，抹去了 %4 个订单的顾客信息。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>This computer</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+34"/>
        <source>This screen joins a restaurant</source>
        <translation>此屏幕加入餐厅</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Kiosk mode: full screen, nothing else on screen</source>
        <translation>Kiosk 模式：全屏，不显示其他程序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a manager PIN, leaving full screen asks for it.</source>
        <translation>如设有经理 PIN，退出全屏时需要输入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start KDS when this computer starts</source>
        <translation>电脑开机时自动启动 KDS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry: %1</source>
        <translation>启动项：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeping data</source>
        <translation>数据保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep orders for</source>
        <translation>订单保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and their history, for the day&apos;s report; older ones are deleted.</source>
        <translation>订单及其记录，用于当日报表；更早的会被删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase customer details after</source>
        <translation>多久后抹去顾客信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, phones and addresses, counted from when the order is finished.</source>
        <translation>姓名、电话和地址，从订单完成时算起。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several screens of one restaurant share one PostgreSQL database. Give every screen the same address; leave it empty for a screen on its own.</source>
        <translation>同一餐厅的多个屏幕共用一个 PostgreSQL 数据库。每个屏幕填写相同的地址；单独使用的屏幕请留空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database address</source>
        <translation>数据库地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>保存在这台电脑的钥匙串中，绝不写入设置文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KDS starts again on the restaurant&apos;s database when you save.</source>
        <translation>保存后，KDS 会在餐厅的数据库上重新启动。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The database address starts with postgresql://</source>
        <translation>数据库地址以 postgresql:// 开头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the database password in its own field, not in the address.</source>
        <translation>请在单独的栏位输入数据库密码，不要写在地址里。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <location filename="../kds/ui/setup/pin.py" line="+78"/>
        <source>Manager PIN</source>
        <translation>经理 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manager PIN is set.</source>
        <translation>已设置经理 PIN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No manager PIN: anyone at the counter can cancel, refund and change settings.</source>
        <translation>未设经理 PIN：柜台任何人都可以取消、退款和更改设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4 to 12 digits</source>
        <translation>4 至 12 位数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same again</source>
        <translation>再输入一次</translation>
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
        <translation>可选填。留空则保持不变。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/setup/riders_form.py" line="+70"/>
        <source>Optional.</source>
        <translation>可选填。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the PIN</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the manager PIN</source>
        <translation>删除经理 PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN is asked for</source>
        <translation>以下操作需要 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling an order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds (partial, agree, reject)</source>
        <translation>退款（部分、同意、拒绝）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>PIN 必须是 4 至 12 位数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 不一致。</translation>
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
        <translation>确定</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN 错误，请重试。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>PIN 错误次数太多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/credentials.py" line="+14"/>
        <source>Several stores: separate them with commas.</source>
        <translation>多家门店：用逗号分隔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your relay runs, e.g. https://relay.example.com</source>
        <translation>你的中继站地址，例如 https://relay.example.com</translation>
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
        <translation>已存于钥匙串 — 输入即可替换</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/platforms_form.py" line="+9"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forget the saved credentials</source>
        <translation>删除已保存的登录凭据</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: type %2 to test the connection (a saved secret is never read back into the form).</source>
        <translation>%1：请输入%2以测试连接（已保存的密钥不会读回表单）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>When the saved access token expires is not known yet; with a refresh token KDS renews it at the first call and learns it.</source>
        <translation>尚不知道已保存的访问令牌何时到期；如有刷新令牌，KDS 会在第一次调用时刷新它并得知到期日。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved access token expired on %1.</source>
        <translation>已保存的访问令牌已于 %1 到期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved access token is valid until %1; KDS renews it by itself a few days before.</source>
        <translation>已保存的访问令牌有效期至 %1；KDS 会在到期前几天自动刷新。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: each merchant ID only once.</source>
        <translation>%1：每个商户 ID 只能填一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 must be an http:// or https:// address, without a password.</source>
        <translation>%1：%2 必须是 http:// 或 https:// 地址，不能包含密码。</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+131"/>
        <location line="+12"/>
        <source>%1: fill in %2.</source>
        <translation>%1：请填写%2。</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Demo: %1 run on the built-in simulators now. The switches below are this station&apos;s own platforms, used when KDS starts without --demo.</source>
        <translation>演示：%1 正在内置模拟器上运行。下面的开关是本工作站自己的平台，在不带 --demo 启动 KDS 时使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is not available on this computer, so the credentials cannot be kept there. Choose another place below, or start the keyring (on Linux: GNOME Keyring or KWallet) and open Settings again.</source>
        <translation>这台电脑上的系统钥匙串不可用，登录凭据无法存放在那里。请在下面选择其他存放方式，或启动钥匙串（Linux：GNOME Keyring 或 KWallet）后重新打开设置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted credentials file is locked: tap Connect on the board and enter the manager PIN, then open Settings again.</source>
        <translation>加密的凭据文件已锁定：请在看板上点“连接”并输入经理 PIN，然后重新打开设置。</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>%1: %2 must be a number.</source>
        <translation>%1：%2 必须是数字。</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_form.py" line="+43"/>
        <source>Kitchen tickets</source>
        <translation>厨房单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>小票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellations</source>
        <translation>取消单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds</source>
        <translation>退款单</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: enter the printer&apos;s network address.</source>
        <translation>%1：请输入打印机的网络地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the port must be a number (usually 9100).</source>
        <translation>%1：端口必须是数字（通常是 9100）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the USB vendor and product IDs are hexadecimal, like 04b8 and 0e15.</source>
        <translation>%1：USB 厂商 ID 和产品 ID 是十六进制，例如 04b8 和 0e15。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the serial port, like /dev/ttyUSB0 or COM3.</source>
        <translation>%1：请输入串口，例如 /dev/ttyUSB0 或 COM3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the device or file, like /dev/usb/lp0.</source>
        <translation>%1：请输入设备或文件，例如 /dev/usb/lp0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the name of the system&apos;s printer queue.</source>
        <translation>%1：请输入系统打印队列的名称。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every printer needs a name.</source>
        <translation>每台打印机都需要名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: choose at least one kind of document.</source>
        <translation>%1：请至少选择一种单据。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No printer yet. KDS works without one; add it now or later.</source>
        <translation>还没有打印机。KDS 没有打印机也能运行；现在或以后添加都可以。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a printer</source>
        <translation>添加打印机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer %1</source>
        <translation>打印机 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to the screen %1</source>
        <translation>连接在屏幕 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kitchen</source>
        <translation>厨房</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/riders_form.py" line="-8"/>
        <location line="+3"/>
        <location filename="../kds/ui/windows/order_text.py" line="+159"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRILL</source>
        <translation>烧烤</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/stations_form.py" line="+28"/>
        <source>Kitchen station</source>
        <translation>厨房档口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its kitchen tickets then show only that station&apos;s lines. Empty: every line.</source>
        <translation>它的厨房单只打印该档口的菜品。留空：全部菜品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>串口</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Device or file</source>
        <translation>设备或文件</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>System printer</source>
        <translation>系统打印机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>连接方式</translation>
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
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor ID</source>
        <translation>厂商 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer queue name</source>
        <translation>打印队列名称</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed (baud)</source>
        <translation>速率（baud）</translation>
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
        <translation>纸张宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>代码页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CP858 for most Latin text; CP874 Thai; CP1258 Vietnamese.</source>
        <translation>拉丁文字大多用 CP858；泰文 CP874；越南文 CP1258。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prints</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When confirmed</source>
        <translation>接单时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it arrives</source>
        <translation>订单到达时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked</source>
        <translation>仅在需要时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints by itself</source>
        <translation>自动打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the screen</source>
        <translation>与屏幕相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed in</source>
        <translation>打印语言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language of the ticket&apos;s own words.</source>
        <translation>单据上固定文字的语言。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this printer</source>
        <translation>删除这台打印机</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Printing a test page…</source>
        <translation>正在打印测试页…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The test page did not print: %1</source>
        <translation>测试页未能打印：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test page sent. Check the printer.</source>
        <translation>测试页已发送，请查看打印机。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Two printers have the same name.</source>
        <translation>有两台打印机同名。</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connect.py" line="+40"/>
        <source>System keyring</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safest place: the system keeps them and KDS reads them at each start.</source>
        <translation>最安全的地方：由系统保管，KDS 每次启动时读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For this run only</source>
        <translation>仅本次运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in memory and gone when KDS closes: nothing is written to disk, but someone must type them again at each start.</source>
        <translation>保存在内存中，KDS 关闭后即消失：不写入磁盘，但每次启动都需要有人重新输入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted file, opened with the manager PIN</source>
        <translation>加密文件，用经理 PIN 打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in a file encrypted with a key made from the manager PIN, which unlocks it at each start. Whoever copies the file can try PINs: use a long PIN.</source>
        <translation>保存在用经理 PIN 生成的密钥加密的文件中，每次启动时用 PIN 解锁。复制了该文件的人可以尝试猜 PIN：请使用较长的 PIN。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The encrypted file needs a manager PIN: set one first.</source>
        <translation>加密文件需要经理 PIN：请先设置。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="+171"/>
        <source>Connect the platforms</source>
        <translation>连接平台</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keyring is not available on this computer. Choose where KDS keeps these credentials:</source>
        <translation>这台电脑上的系统钥匙串不可用。请选择 KDS 存放这些凭据的方式：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where KDS keeps the credentials.</source>
        <translation>请选择 KDS 存放凭据的方式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-3"/>
        <source>Unlock the encrypted credentials file</source>
        <translation>解锁加密的凭据文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Fill in %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This PIN does not open the encrypted credentials file.</source>
        <translation>此 PIN 无法打开加密的凭据文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be read.</source>
        <translation>无法读取加密的凭据文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../kds/ui/setup/settings_panel.py" line="-28"/>
        <location filename="../kds/ui/setup/wizard.py" line="+268"/>
        <source>Could not save the settings: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/settings_panel.py" line="+4"/>
        <location filename="../kds/ui/windows/main_window.py" line="+440"/>
        <source>Not saved — the restaurant database is not reachable</source>
        <translation>未保存 — 无法连接餐厅数据库</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/station.py" line="+117"/>
        <source>The credentials were not saved: the encrypted credentials file is locked. Tap Connect on the board and enter the manager PIN to unlock it.</source>
        <translation>凭据未保存：加密的凭据文件已锁定。请在看板上点“连接”并输入经理 PIN 解锁。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credentials were not saved: the system keyring is not available. On the Platforms page choose to keep them for this run only, or in a file encrypted with the manager PIN.</source>
        <translation>凭据未保存：系统钥匙串不可用。请在“平台”页面选择仅本次运行保存，或保存在用经理 PIN 加密的文件中。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not change starting with the system: %1</source>
        <translation>无法更改开机自动启动：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The restaurant&apos;s settings were saved on this screen only: its database cannot be reached. Save them again once it is back, or the other screens keep theirs.</source>
        <translation>餐厅设置只保存在了此屏幕上：无法连接数据库。数据库恢复后请再保存一次；其他屏幕仍使用它们自己的设置。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The encrypted credentials file was made with another manager PIN; enter that PIN on the board to unlock it.</source>
        <translation>加密的凭据文件是用另一个经理 PIN 创建的；请在看板上输入那个 PIN 解锁。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be written.</source>
        <translation>无法写入加密的凭据文件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>KDS cannot open this database: %1</source>
        <translation>KDS 无法打开此数据库：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the system keyring is not available, so its credentials cannot be read</source>
        <translation>系统钥匙串无法使用，读取不到登录凭据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted credentials file is locked until the manager PIN is entered</source>
        <translation>加密的凭据文件在输入经理 PIN 之前保持锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credentials missing from the system keyring: %1</source>
        <translation>系统钥匙串缺少登录凭据：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set up yet: %1</source>
        <translation>尚未设置：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KDS cannot connect to this platform yet</source>
        <translation>KDS 暂时无法连接这个平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform settings are not valid: %1</source>
        <translation>平台设置无效：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not connected: %2.</source>
        <translation>%1 未连接：%2。</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="-79"/>
        <source>Missed (not accepted in time)</source>
        <translation>漏单（未及时接单）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the restaurant</source>
        <translation>商家取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the customer</source>
        <translation>顾客取消</translation>
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
        <translation>已接单</translation>
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
        <translation>全额退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds in part</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross sales</source>
        <translation>总销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid / not paid</source>
        <translation>已付款 / 未付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to accept: median · 90% · worst</source>
        <translation>接单用时：中位数 · 90% · 最长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to ready: median · 90%</source>
        <translation>出餐用时：中位数 · 90%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes paused</source>
        <translation>暂停分钟数</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day&apos;s report</source>
        <translation>当日报表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>◀ Day before</source>
        <translation>◀ 前一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day after ▶</source>
        <translation>后一天 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From −</source>
        <translation>开始 −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From +</source>
        <translation>开始 +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To −</source>
        <translation>结束 −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To +</source>
        <translation>结束 +</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print end-of-day slip</source>
        <translation>打印日结单</translation>
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
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+25"/>
        <source>Saved %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printer prints receipts: set one up in Settings.</source>
        <translation>没有打印收据的打印机：请在设置中添加。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End-of-day slip sent to the printer.</source>
        <translation>日结单已发送到打印机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end-of-day slip was already printed.</source>
        <translation>日结单已经打印过。</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/wizard.py" line="-208"/>
        <source>Check and finish</source>
        <translation>检查并完成</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
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
        <translation>暂时没有</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Printers: %1</source>
        <translation>打印机：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usual preparation time: %1 min</source>
        <translation>一般制作时间：%1 分钟</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Riders: %1</source>
        <translation>骑手：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager PIN: %1</source>
        <translation>经理 PIN：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: in the restaurant&apos;s database %1</source>
        <translation>订单：保存在餐厅的数据库 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: kept on this screen</source>
        <translation>订单：保存在此屏幕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New orders are confirmed automatically for: %1</source>
        <translation>以下平台的新订单会自动接受：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credentials: %1</source>
        <translation>凭据：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparation time: asked at each Confirm (usual: %1 min)</source>
        <translation>制作时间：每次确认时询问（一般：%1 分钟）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system keyring is not available and no other place for the credentials was chosen (Platforms page), so they will not be saved</source>
        <translation>系统钥匙串不可用，且未选择其他存放凭据的方式（“平台”页面），因此凭据不会被保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encrypted credentials file needs a manager PIN (Manager PIN page)</source>
        <translation>加密的凭据文件需要经理 PIN（“经理 PIN”页面）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected after Finish: %1. Why: %2.</source>
        <translation>完成后不会连接：%1。原因：%2。</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Optional: when several screens work together, the restaurant&apos;s database.</source>
        <translation>可选：多个屏幕一起使用时，填写餐厅的数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check, then tap Finish.</source>
        <translation>请检查，然后点“完成”。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Set up KDS</source>
        <translation>设置 KDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to KDS. A few questions and the board opens; everything can be changed later in Settings.</source>
        <translation>欢迎使用 KDS。回答几个问题就可以开始；所有设置之后都可以在“设置”中更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch on the platforms this restaurant sells on.</source>
        <translation>开启这家餐厅使用的平台。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the thermal printer for kitchen tickets and receipts.</source>
        <translation>可选：用来打印厨房单和小票的热敏打印机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How new orders are handled.</source>
        <translation>新订单的处理方式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a PIN that managers type to cancel, refund or change settings.</source>
        <translation>可选：经理取消订单、退款或更改设置时要输入的 PIN。</translation>
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
        <translation>平台会通知顾客和骑手。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 min · usual</source>
        <translation>%1 分钟 · 一般</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/reason.py" line="+45"/>
        <source>Why?</source>
        <translation>原因？</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Which dishes ran out?</source>
        <translation>哪些菜品售罄了？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also mark them sold out until end of day</source>
        <translation>同时标记为售罄，直到今天结束</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../kds/ui/sheets/refund.py" line="+138"/>
        <source>Write why (needed for “Other”)</source>
        <translation>写下原因（选“其他”时必填）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write why</source>
        <translation>写下原因</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a reason.</source>
        <translation>请选择原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a few words for the platform.</source>
        <translation>请给平台写几个字。</translation>
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
        <translation>再点一次确认退款</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing left to refund</source>
        <translation>已没有可退款的数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left to refund</source>
        <translation>尚可退 %1 份</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking the platform what is left to refund…</source>
        <translation>正在向平台查询尚可退款的数量…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform could not say what is left to refund: quantities and amount are estimates.</source>
        <translation>平台未能回复尚可退款的数量：数量和金额均为估算。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Refund amount (from the platform): %1</source>
        <translation>退款金额（平台计算）：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund amount (estimate): %1</source>
        <translation>退款金额（估算）：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tap again to refund %1</source>
        <translation>再点一次退款 %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/board.py" line="+207"/>
        <source>Confirming…</source>
        <translation>接单中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+116"/>
        <source>time is up</source>
        <translation>时间已到</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+5"/>
        <source>accepted automatically in</source>
        <translation>自动接单倒计时</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-151"/>
        <source>Scheduled %1</source>
        <translation>预约 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Code %1</source>
        <translation>取餐码 %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+8"/>
        <location line="+129"/>
        <source>Refund requested</source>
        <translation>顾客申请退款</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-216"/>
        <source>Reading the address…</source>
        <translation>正在读取地址…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address not available: see the platform app</source>
        <translation>无法获取地址：请查看平台应用</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../kds/ui/windows/order_text.py" line="-55"/>
        <source>whole order</source>
        <translation>整单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ORDER DETAILS COULD NOT BE READ</source>
        <translation>无法读取订单详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this order on the %1 tablet.</source>
        <translation>请在 %1 平板上查看此订单。</translation>
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
        <translation>顾客已取消</translation>
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
        <translation>请停止制作这个订单。</translation>
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
        <translation>送出时间</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 in a moment…</source>
        <translation>即将发送：%1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending %1…</source>
        <translation>正在发送：%1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying %1: %2</source>
        <translation>正在重试%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry %1</source>
        <translation>重试%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed — %2</source>
        <translation>%1失败 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../kds/ui/wording.py" line="-137"/>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Details not readable yet — retrying. Use the %1 tablet if it cannot wait.</source>
        <translation>暂时无法读取订单详情，正在重试。如不能等，请用 %1 平板处理。</translation>
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
        <translation>未读取订单详情</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/health.py" line="+126"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>polled by %1</source>
        <translation>由%1查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polled by another screen</source>
        <translation>由其他屏幕查询</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polled %1</source>
        <translation>%1查询</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>last good poll %1</source>
        <translation>上次成功查询：%1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>token expires %1</source>
        <translation>令牌于 %1 到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token renewal failed</source>
        <translation>令牌刷新失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token expired</source>
        <translation>令牌已到期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the merchant access token has expired, so actions and order details fail. Enter a new token in Settings.</source>
        <translation>%1：商户访问令牌已到期，操作和订单详情都会失败。请在“设置”中输入新的令牌。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2); KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1：刷新商户访问令牌失败（%2）；KDS 会再试。如持续失败，请在“设置”中输入新的令牌。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2). It works until %3; KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1：刷新商户访问令牌失败（%2）。令牌在 %3 前仍可使用；KDS 会再试。如持续失败，请在“设置”中输入新的令牌。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3. KDS renews it by itself; if it cannot, enter a new token in Settings.</source>
        <translation>%1：商户访问令牌将于 %3 到期。KDS 会自动刷新；如无法刷新，请在“设置”中输入新的令牌。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3 and KDS cannot renew it (no refresh token). Enter a new token in Settings before then.</source>
        <translation>%1：商户访问令牌将于 %3 到期，而 KDS 无法刷新（没有刷新令牌）。请在此之前于“设置”中输入新的令牌。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 failed polls in a row)</source>
        <translation>%1（连续 %2 次查询失败）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ORDERS MAY BE MISSED. </source>
        <translation>可能漏单！</translation>
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
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-33"/>
        <location line="+23"/>
        <source>Mute 5 min</source>
        <translation>静音 5 分钟</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-3"/>
        <source>Muted %1</source>
        <translation>静音中 %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sound is off — no audio device</source>
        <translation>声音已关闭 — 没有音频设备</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../kds/ui/windows/main_window.py" line="+35"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tap Confirm to accept · tap a card for details</source>
        <translation>点「接单」接受订单 · 点卡片查看详情</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/board_view.py" line="-2"/>
        <location filename="../kds/ui/wording.py" line="+133"/>
        <source>New</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <location line="+33"/>
        <source>Preparing</source>
        <translation>制作中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out / Done</source>
        <translation>已送出 / 完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No new orders.
New orders ring and appear here.</source>
        <translation>没有新订单。
新订单会响铃并显示在这里。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing being prepared.</source>
        <translation>没有制作中的订单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing waiting for pickup.</source>
        <translation>没有等待取餐的订单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished orders stay here for 30 minutes.</source>
        <translation>完成的订单会在这里显示 30 分钟。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scheduled orders.</source>
        <translation>没有预约订单。</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>+ %1 more below · %2 cancelled</source>
        <translation>下方还有 %1 单 · %2 单已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 more below</source>
        <translation>下方还有 %1 单</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_delegate.py" line="+229"/>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+34"/>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_layout.py" line="+207"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/drawer.py" line="-170"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reprint kitchen ticket</source>
        <translation>重打厨房单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print kitchen ticket</source>
        <translation>打印厨房单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint receipt</source>
        <translation>重打小票</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print receipt</source>
        <translation>打印小票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint delivery slip</source>
        <translation>重新打印配送单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print delivery slip</source>
        <translation>打印配送单</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>placed %1</source>
        <translation>%1 下单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheduled %1</source>
        <translation>预约 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/history.py" line="-3"/>
        <source>Today&apos;s finished orders</source>
        <translation>今日已完成订单</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search by order number, customer or item</source>
        <translation>按订单号、顾客或菜品搜索</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 order</source>
        <translation>1 个订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation>%1 个订单</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-558"/>
        <location line="+547"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+80"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="-512"/>
        <location line="+520"/>
        <source>All-day</source>
        <translation>菜品汇总</translation>
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
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-477"/>
        <location line="+486"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-21"/>
        <location line="+24"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location line="-484"/>
        <location line="+482"/>
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <location line="-477"/>
        <source>Reopen</source>
        <translation>重新开店</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 new · %2 preparing · %3 ready</source>
        <translation>%1 新 · %2 制作中 · %3 待取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear all seen (%1)</source>
        <translation>全部已阅 (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 closed your store after a missed order</source>
        <translation>%1 因一笔错过的订单关闭了你的门店</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your store is still closed on %1 during opening hours</source>
        <translation>营业时间内你的门店在 %1 上仍然关闭</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pause the store</source>
        <translation>暂停门店</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>See the day&apos;s report</source>
        <translation>查看当日报表</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-45"/>
        <source>Restaurant database not reachable — retrying… (%1)</source>
        <translation>无法连接餐厅数据库 — 正在重试…（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong and was logged: %1</source>
        <translation>出现问题，已记录：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too late to undo: it was already sent.</source>
        <translation>太迟，无法撤销：已经发送。</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/print_wiring.py" line="+60"/>
        <source>Nothing was sent: no printer prints this.</source>
        <translation>没有发送：没有打印机负责打印这类单据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This job is not waiting for a retry any more.</source>
        <translation>这个打印任务已不再等待重试。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: REPRINT #%2 sent to %3</source>
        <translation>%1：重打 #%2 已发送到%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent to %2</source>
        <translation>%1已发送到%2</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_sheets.py" line="+106"/>
        <source>Cancel order %1?</source>
        <translation>取消订单 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1</source>
        <translation>取消订单 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel %1</source>
        <translation>再点一次取消 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer gets the whole order refunded.</source>
        <translation>顾客将获得整单退款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer gets the requested items refunded.</source>
        <translation>顾客将获得所申请菜品的退款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree to the refund request of %1?</source>
        <translation>同意 %1 的退款申请？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to agree to the refund</source>
        <translation>再按一次同意退款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reject the refund request of %1?</source>
        <translation>拒绝 %1 的退款申请？</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="-150"/>
        <source>Reject refund</source>
        <translation>拒绝退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to reject the refund</source>
        <translation>再点一次拒绝退款</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dispatch %1 — who takes it?</source>
        <translation>派送 %1 — 由谁送？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who takes %1 now?</source>
        <translation>%1 现在由谁送？</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-65"/>
        <location line="+4"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+57"/>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Saved. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>已保存。平台、打印机和订单设置会在 KDS 重新启动后生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another screen changed the restaurant&apos;s settings. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>另一块屏幕更改了餐厅设置。平台、打印机和订单设置将在 KDS 重新启动后生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another screen changed the restaurant&apos;s settings: they apply here too.</source>
        <translation>另一块屏幕更改了餐厅设置：此处也同样适用。</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+115"/>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="+2"/>
        <source>Exit full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+43"/>
        <source>KDS · DEMO</source>
        <translation>KDS · 演示</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/bump_bar.py" line="+114"/>
        <source>Select a ticket with its number first.</source>
        <translation>请先用号码选择订单。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter has nothing to do for this ticket; Space opens it.</source>
        <translation>回车键对此单无操作；按空格键打开。</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="-42"/>
        <source>Items</source>
        <translation>菜品</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order note</source>
        <translation>订单备注</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled — payment settled</source>
        <translation>已取消 — 款项已结清</translation>
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
        <translation>已在线支付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>collect on delivery</source>
        <translation>货到收款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change for %1</source>
        <translation>找零 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payment details</source>
        <translation>没有付款信息</translation>
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
        <translation>没有电话号码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden by the platform</source>
        <translation>平台已隐藏</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>decrypting for your rider…</source>
        <translation>正在为你的骑手解密…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decrypted once the order is accepted</source>
        <translation>接单后解密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform did not decrypt it</source>
        <translation>平台未解密</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/riders_form.py" line="-23"/>
        <source>Riders</source>
        <translation>骑手</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own riders, for orders the restaurant delivers itself. Dispatch asks which one takes the order and tells the platform, so the customer knows who is coming.</source>
        <translation>餐厅自己的骑手，用于餐厅自配送的订单。配送时会询问由哪位骑手送，并通知平台，让顾客知道谁会来。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rider</source>
        <translation>添加骑手</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rider %1</source>
        <translation>骑手 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/order_text.py" line="+15"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With the country code, e.g. +852.</source>
        <translation>带国家代码，例如 +86。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vehicle</source>
        <translation>交通工具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rider</source>
        <translation>删除此骑手</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Rider %1: check the name, the phone (digits, spaces and + only) and the plate.</source>
        <translation>骑手 %1：请检查姓名、电话（只能用数字、空格和 +）和车牌。</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="+2"/>
        <source>Orders here</source>
        <translation>在本店下单次数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encrypted until decrypted for your rider</source>
        <translation>已加密，派自家骑手时才会解密</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rider</source>
        <translation>骑手</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup code</source>
        <translation>取餐码</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not acknowledged yet</source>
        <translation>尚未确认收到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events stored</source>
        <translation>没有已保存的事件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 attempts</source>
        <translation>尝试 %1 次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already done on the platform</source>
        <translation>已在平台上完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions yet</source>
        <translation>暂时没有操作</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-186"/>
        <location line="+17"/>
        <source>Confirm</source>
        <translation>接单</translation>
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
        <translation>已送达</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Change rider…</source>
        <translation>更换骑手…</translation>
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
        <translation>更换骑手</translation>
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
        <translation>已接单</translation>
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
        <translation>已更换骑手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation sent</source>
        <translation>已发送取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund sent</source>
        <translation>已发送退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund agreed</source>
        <translation>已同意退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund rejected</source>
        <translation>已拒绝退款</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_test.py" line="+55"/>
        <source>the printer could not be reached</source>
        <translation>无法连接打印机</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the test page could not be queued</source>
        <translation>测试页无法加入打印队列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the printer did not finish the test page in time</source>
        <translation>打印机未能及时打完测试页</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/sheets/store.py" line="-79"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-46"/>
        <source>Agree refund…</source>
        <translation>同意退款…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform rejected our login</source>
        <translation>平台拒绝了我们的登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the platform</source>
        <translation>无法连接平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform refused</source>
        <translation>平台拒绝了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible in the order&apos;s current state</source>
        <translation>订单当前状态不能这样操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform sent an unreadable answer</source>
        <translation>平台返回的内容无法读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order is not stored</source>
        <translation>订单没有保存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This order is no longer on this screen.</source>
        <translation>这个订单已不在画面上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible any more: the order has moved on.</source>
        <translation>已经不可以：订单状态已改变。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason first.</source>
        <translation>请先选择原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one item.</source>
        <translation>请至少选择一个菜品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rider first.</source>
        <translation>请先选择骑手。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action could not be recorded.</source>
        <translation>未能记录这个操作。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>motorbike</source>
        <translation>摩托车</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scooter</source>
        <translation>电动车</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>car</source>
        <translation>汽车</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on foot</source>
        <translation>步行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login rejected: check the platform credentials</source>
        <translation>登录被拒：请检查平台登录凭据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowed down by the platform (rate limit)</source>
        <translation>平台限制了查询速度（频率限制）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the platform</source>
        <translation>无法连接平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform sent unreadable data</source>
        <translation>平台发来的数据无法读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some order details not read yet (retrying)</source>
        <translation>部分订单详情尚未读取（重试中）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reported a notification error</source>
        <translation>%1 报告通知发送出错</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reported a notification error: %2</source>
        <translation>%1 报告通知发送出错：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported a problem</source>
        <translation>%1 报告出现问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 reported a problem: %2</source>
        <translation>%1 报告出现问题：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivery</source>
        <translation>外卖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickup</source>
        <translation>自取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own delivery</source>
        <translation>商家自配送</translation>
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
        <translation>平台已结束</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its final time passed</source>
        <translation>已过最终时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not marked collected in time</source>
        <translation>未及时标记已取餐</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New order</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out for delivery</source>
        <translation>配送中</translation>
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
        <translation>已申请取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation refused</source>
        <translation>取消被拒绝</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund not given</source>
        <translation>未退款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider update</source>
        <translation>骑手动态</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>our action went through</source>
        <translation>本店操作已生效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by the customer</source>
        <translation>由顾客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by the restaurant</source>
        <translation>由餐厅</translation>
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
        <translation>配送费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip</source>
        <translation>小费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging</source>
        <translation>包装费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit card</source>
        <translation>借记卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>银行卡</translation>
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
        <translation>电子钱包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>在线支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepaid</source>
        <translation>预付</translation>
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
        <translation>查验身份证</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allergy</source>
        <translation>过敏</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accept within</source>
        <translation>接单限时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer within</source>
        <translation>回复限时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start in</source>
        <translation>开始制作倒计时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparing</source>
        <translation>制作中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready for</source>
        <translation>已出餐</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Out of some dishes</source>
        <translation>部分菜品售罄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing / not trading now</source>
        <translation>即将关门／暂停营业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough staff</source>
        <translation>人手不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (write why)</source>
        <translation>其他（写下原因）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food already prepared</source>
        <translation>菜品已做好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already out for delivery</source>
        <translation>已经送出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item out of stock</source>
        <translation>菜品售罄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items out of stock</source>
        <translation>多个菜品售罄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item damaged</source>
        <translation>菜品损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>送错菜品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer asked</source>
        <translation>顾客要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too busy</source>
        <translation>太忙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restaurant closed</source>
        <translation>餐厅已关门</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rider assigned</source>
        <translation>已派骑手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider on the way</source>
        <translation>骑手正在赶来</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider here</source>
        <translation>骑手已到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider picked up</source>
        <translation>骑手已取餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider delivering</source>
        <translation>骑手配送中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider cancelled</source>
        <translation>骑手已取消</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-224"/>
        <location filename="../kds/ui/wording.py" line="+2"/>
        <source>Rider: %1</source>
        <translation>骑手：%1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+10"/>
        <source>Refund request — status %1</source>
        <translation>退款申请 — 状态 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/print_problems.py" line="-20"/>
        <source>Print jobs that did not print</source>
        <translation>未能打印的单据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry sends a job again. If a job was cut off, look at the printer: Printed OK if the paper is there, else Reprint.</source>
        <translation>重试会再次发送。如果打印中途中断，请查看打印机：有单就按“已打印”，没有就按“重打”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing left to do: every job printed.</source>
        <translation>没有待处理的单：全部已打印。</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/print_lines.py" line="+61"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>printing…</source>
        <translation>打印中…</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>paper low</source>
        <translation>纸快用完</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper out</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The printer does not report its paper; the last connection worked.</source>
        <translation>打印机不报告纸张状态；上次连接正常。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/drawer.py" line="-114"/>
        <source>Kitchen ticket</source>
        <translation>厨房单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation slip</source>
        <translation>取消单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund slip</source>
        <translation>退款单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Delivery slip</source>
        <translation>配送单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test page</source>
        <translation>测试页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-day slip</source>
        <translation>日结单</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 · REPRINT #%2</source>
        <translation>%1 · 重印 #%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not print; a later copy did</source>
        <translation>未能打印；之后的一份已打印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to print</source>
        <translation>等待打印</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>printed %1</source>
        <translation>已于%1打印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trying again at %1</source>
        <translation>将于%1重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may have printed: it was cut off while printing. Check the printer.</source>
        <translation>可能已打印：打印途中被中断，请查看打印机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed OK</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint</source>
        <translation>重打</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kitchen ticket not printed</source>
        <translation>厨房单未打印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kitchen ticket may not have printed</source>
        <translation>厨房单可能没打印出来</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/printer_status.py" line="+23"/>
        <source>⚠ 1 print job did not print</source>
        <translation>⚠ 1 张单未能打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 print jobs did not print</source>
        <translation>⚠ %1 张单未能打印</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/receipt_preview.py" line="+94"/>
        <source>No preview: a font the printer&apos;s pictures need is not installed.</source>
        <translation>无法预览：未安装打印图像所需的字体。</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/rider.py" line="+42"/>
        <source>Now with %1.</source>
        <translation>现由 %1 负责。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform tells the customer who is coming.</source>
        <translation>平台会告诉顾客谁来送餐。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No riders yet: add your riders in Settings → Riders.</source>
        <translation>还没有骑手：请在“设置 → 骑手”中添加。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dispatch without a name</source>
        <translation>不指定骑手派送</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connection_test.py" line="+37"/>
        <source>These settings cannot be used: %1</source>
        <translation>这些设置无法使用：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform refused these credentials: %1</source>
        <translation>平台拒绝了这些凭据：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform answered with a problem: %1</source>
        <translation>平台返回了问题：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform did not answer within %1 s.</source>
        <translation>平台在 %1 秒内没有回应。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: the platform accepted these credentials.</source>
        <translation>已连接：平台接受了这些凭据。</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/store.py" line="+60"/>
        <location filename="../kds/ui/windows/main_window.py" line="-483"/>
        <location line="+514"/>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Until resumed</source>
        <translation>直到恢复</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet — retrying: %1</source>
        <translation>尚未发送 — 正在重试：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet — retrying</source>
        <translation>尚未发送 — 正在重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+211"/>
        <source>reopening %1</source>
        <translation>重新开店%1</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · until resumed</source>
        <translation>%1 · 直到恢复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · resumes %2 (%3)</source>
        <translation>%1 · %2 恢复（%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused — %1</source>
        <translation>已暂停 — %1</translation>
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
        <translation>暂停新订单：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or pause until a time:</source>
        <translation>或暂停到某个时间：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Busy: add minutes to the preparation time sent on confirm, for an hour:</source>
        <translation>繁忙：确认时发送的备餐时间加几分钟，持续一小时：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+%1 min</source>
        <translation>+%1 分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End busy</source>
        <translation>结束繁忙</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sold out…</source>
        <translation>售罄…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Busy adds its minutes to the preparation time sent on confirm.</source>
        <translation>繁忙模式会把这些分钟加到确认时发送的备餐时间上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy changes nothing here: this platform takes no preparation time on confirm.</source>
        <translation>繁忙模式在这里不起作用：这个平台确认时不接收备餐时间。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pause until %1</source>
        <translation>暂停至 %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pause it on the platform&apos;s own tablet</source>
        <translation>请在平台自己的平板上暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taking orders</source>
        <translation>正在接单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until resumed</source>
        <translation>已暂停，直到恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until %1</source>
        <translation>暂停至 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>busy +%1 min</source>
        <translation>繁忙 +%1 分钟</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/stations_form.py" line="+0"/>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expo</source>
        <translation>出餐口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word in the name</source>
        <translation>名称中的词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kitchen stations</source>
        <translation>厨房档口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This screen</source>
        <translation>本屏幕</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This screen is</source>
        <translation>本屏幕是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter: every order and every action. Kitchen station: only the lines routed to it, in big type; tap a line when it is made, Bump when the station&apos;s part is done. Expo: every order with each station&apos;s progress.</source>
        <translation>前台：所有订单和所有操作。厨房档口：只显示分到该档口的菜品，大字显示；做好一道点一下，档口的部分做完点“完成”。出餐口：所有订单，并显示各档口进度。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which station</source>
        <translation>哪个档口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restaurant&apos;s stations</source>
        <translation>餐厅的档口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by every screen of the restaurant. Names as the kitchen says them: GRILL, DRINKS.</source>
        <translation>餐厅所有屏幕共用。按厨房的叫法命名：烧烤、饮品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station name</source>
        <translation>档口名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a station</source>
        <translation>添加档口</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines no rule matches go to</source>
        <translation>没有规则匹配的菜品分到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routing rules</source>
        <translation>分单规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried from the top; the first that matches decides. A word matches the item&apos;s name in any language the platform sends, without accents or capitals.</source>
        <translation>从上往下依次尝试，第一个匹配的规则生效。词语会与平台发送的任何语言的菜名比对，不区分声调符号和大小写。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. suco, 茶, drinks, SKU-123</source>
        <translation>例如 suco、茶、饮品、SKU-123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goes to</source>
        <translation>分到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rule</source>
        <translation>删除此规则</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Two stations have the same name.</source>
        <translation>有两个档口同名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which station this kitchen screen is.</source>
        <translation>请选择这个厨房屏幕是哪个档口。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule %1: choose the station it goes to.</source>
        <translation>规则 %1：请选择分到的档口。</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/recall.py" line="-16"/>
        <source>Recall a bumped order</source>
        <translation>召回已完成的订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap an order to bring it back to the screen.</source>
        <translation>点一个订单，让它回到屏幕上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing bumped yet.</source>
        <translation>还没有已完成的订单。</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/stations.py" line="-70"/>
        <source>+ 1 item at %1</source>
        <translation>+ 1 件在 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 items at %2</source>
        <translation>+ %1 件在 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 done</source>
        <translation>%1 已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 working</source>
        <translation>%1 制作中</translation>
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
        <translation>每小时订单</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time to accept</source>
        <translation>接单用时</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deadline %1</source>
        <translation>时限 %1</translation>
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
        <translation>失败 — 正在重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed — mark it again or do it on the platform&apos;s tablet</source>
        <translation>失败 — 请重新标记，或在平台的平板上操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be told here: %1</source>
        <translation>无法在此通知：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>do it on the platform&apos;s tablet</source>
        <translation>请在平台的平板上操作</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SOLD OUT until switched back</source>
        <translation>已售罄，直到重新上架</translation>
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
        <translation>搜索菜品（名称或编码）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sold out until end of day</source>
        <translation>售罄至今天结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For %1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until switched back</source>
        <translation>直到重新上架</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back in stock</source>
        <translation>恢复供应</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link with another dish…</source>
        <translation>与其他菜品合并…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No dish found. Dishes appear here once they were ordered.</source>
        <translation>还没有菜品。菜品被点过后会出现在这里。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dish matches.</source>
        <translation>没有匹配的菜品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to find the other %1 dishes.</source>
        <translation>输入以查找其余 %1 个菜品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap the dish to link into the selected one.</source>
        <translation>点按要并入所选菜品的菜品。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap a dish to mark it sold out or back in stock.</source>
        <translation>点按菜品，标记为售罄或恢复供应。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>KDS tells it when you mark the dish</source>
        <translation>标记菜品时 KDS 会通知该平台</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Split off</source>
        <translation>拆分出来</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/counts.py" line="+155"/>
        <source>All-day counts</source>
        <translation>菜品汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to cook, every platform. Tap a dish to find its tickets.</source>
        <translation>所有平台待做的菜品。点一道菜，找出含有它的单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to cook.</source>
        <translation>没有待做的菜。</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/store_wait.py" line="-14"/>
        <source>The board opens by itself as soon as the restaurant database answers.</source>
        <translation>餐厅数据库一有响应，订单看板就会自动打开。</translation>
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
        <translation>KDS 每 30 秒向 Keeta 查询新订单。ID 和密钥可在 Keeta 开发者平台找到。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the store on Keeta for every merchant ID of this station, and opens it again.</source>
        <translation>为本站的每个商户 ID 在 Keeta 上关店，并再次开店。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Delivery only takes whole-menu updates: switch single dishes off on the Keeta tablet.</source>
        <translation>Open Delivery 只接受整份菜单的更新：请在 Keeta 平板上下架单个菜品。</translation>
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
        <translation>Keeta 会把订单发送到你的中继站（kds relay），KDS 一秒内从那里取得。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause on the Keeta tablet: KDS cannot close this store yet.</source>
        <translation>请在 Keeta 平板上暂停：KDS 暂时还不能关闭这家店。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch dishes off on the Keeta tablet: KDS cannot do it there yet.</source>
        <translation>请在 Keeta 平板上下架菜品：KDS 暂时还做不到。</translation>
    </message>
    <message>
        <location filename="../kds/platforms/gofood/spec.py" line="+57"/>
        <source>GoFood</source>
        <translation>GoFood</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manual: staff accept within 3 minutes, or GoFood rejects</source>
        <translation>手动：员工须在 3 分钟内接单，否则 GoFood 拒单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept on timeout: accepted after 1 minute if nobody acts</source>
        <translation>超时自动接单：1 分钟内无人处理即自动接单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept: every order accepted at once</source>
        <translation>自动接单：每张订单立即接单</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GoBiz</source>
        <translation>GoBiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoFood sends orders to your relay (kds relay); KDS collects them there within a second. Choose the acceptance mode that is set at GoBiz.</source>
        <translation>GoFood 将订单发送到你的中继（kds relay）；KDS 在一秒内从那里取回。请选择与 GoBiz 上相同的接单模式。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the outlet on GoFood (force close) and opens it again.</source>
        <translation>在 GoFood 上关闭门店（force close），并再次开店。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch single dishes off in the GoBiz app: KDS cannot do it there yet.</source>
        <translation>请在 GoBiz 应用中下架单个菜品：KDS 暂时还做不到。</translation>
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
        <translation>Zeek 将 Circle K 订单发送到你的中继（kds relay）；KDS 在一秒内从那里取回订单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The relay answers every CKGo stock check &quot;out of stock&quot; while paused.</source>
        <translation>暂停期间，中继对 CKGo 的每次库存查询都回答&quot;缺货&quot;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay answers CKGo&apos;s stock check for the dish &quot;out of stock&quot;; with the product update path set, CKGo&apos;s product list is switched too (BatchUpdateProduct).</source>
        <translation>中继对 CKGo 就该菜品的库存查询回答&quot;缺货&quot;；设置了商品更新路径时，CKGo 的商品列表也会一并切换（BatchUpdateProduct）。</translation>
    </message>
</context>
</TS>
