<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <location filename="../kds/ui/session.py" line="+145"/>
        <source>This screen joined a restaurant that already had its settings: its platform accounts, printers, manager PIN and order handling now come from the restaurant&apos;s database. This screen&apos;s own earlier settings are kept in %1.</source>
        <translation>Esta tela entrou em um restaurante que já tinha suas configurações: as contas das plataformas, impressoras, PIN do gerente e o tratamento dos pedidos agora vêm do banco de dados do restaurante. As configurações anteriores desta tela estão guardadas em %1.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Settings saved. KDS reconnected with them.</source>
        <translation>Configurações salvas. O KDS reconectou com elas.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/about.py" line="+60"/>
        <source>Orders database: the restaurant&apos;s PostgreSQL, %1</source>
        <translation>Banco de dados de pedidos: o PostgreSQL do restaurante, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders database: none (kept in memory)</source>
        <translation>Banco de dados de pedidos: nenhum (guardado na memória)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders database: this screen&apos;s own SQLite file</source>
        <translation>Banco de dados de pedidos: o arquivo SQLite desta tela</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>KDS %1</source>
        <translation>KDS %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kitchen display and order desk for restaurant counters.</source>
        <translation>Tela de cozinha e balcão de pedidos para restaurantes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt %1 · PySide6 %2 · Python %3 · %4</source>
        <translation>Qt %1 · PySide6 %2 · Python %3 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings file</source>
        <translation>Arquivo de configurações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders database</source>
        <translation>Banco de pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: Apache 2.0</source>
        <translation>Licença: Apache 2.0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diagnostics for support: the logs (without phone numbers, addresses or passwords), the settings without secrets, and order counts.</source>
        <translation>Diagnóstico para o suporte: os registros (sem telefones, endereços ou senhas), as configurações sem segredos e a contagem de pedidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export diagnostics</source>
        <translation>Exportar diagnóstico</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export: %1</source>
        <translation>Não foi possível exportar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About KDS</source>
        <translation>Sobre o KDS</translation>
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
        <translation>Fechar</translation>
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
        <translation>Token do cliente no relay</translation>
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
        <translation>Token de acesso do lojista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token (optional)</source>
        <translation>Token de renovação (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region (optional, SGN when empty)</source>
        <translation>Região (opcional, SGN se vazio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product update path (optional)</source>
        <translation>Caminho de atualização de produtos (opcional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose what is set at GoBiz: the clock on each new order follows it.</source>
        <translation>Escolha o que está definido no GoBiz: o relógio de cada novo pedido segue essa escolha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only outlets whose mode differs, e.g. G123456789=auto_accept_on_timeout; separate them with commas.</source>
        <translation>Só as lojas com outro modo, por exemplo G123456789=auto_accept_on_timeout; separe-as com vírgulas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the platform takes BatchUpdateProduct, e.g. /api/v1.0/product/update: sold-out dishes are then switched off in its product list too.</source>
        <translation>Onde a plataforma recebe o BatchUpdateProduct, ex.: /api/v1.0/product/update: os pratos esgotados também são desligados na lista de produtos dela.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>API address</source>
        <translation>Endereço da API</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Address (base URL)</source>
        <translation>Endereço (URL base)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in (OAuth) address</source>
        <translation>Endereço de login (OAuth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet ID</source>
        <translation>ID da loja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode</source>
        <translation>Modo de aceite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance mode per outlet (optional)</source>
        <translation>Modo de aceitação por loja (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay address</source>
        <translation>Endereço do relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merchant IDs</source>
        <translation>IDs do lojista</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/forms.py" line="+48"/>
        <location filename="../kds/ui/sheets/confirm.py" line="+104"/>
        <location filename="../kds/ui/sheets/store.py" line="+140"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+265"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Monday</source>
        <translation>Segunda-feira</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Terça-feira</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>Quarta-feira</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Quinta-feira</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>Sexta-feira</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Behaviour</source>
        <translation>Funcionamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepting orders</source>
        <translation>Aceitar pedidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm new %1 orders automatically</source>
        <translation>Confirmar automaticamente novos pedidos de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off is safer: staff confirm each order. On: every new order is confirmed at once, even when nobody is at the counter.</source>
        <translation>Desligado é mais seguro: a equipe confirma cada pedido. Ligado: todo pedido novo é confirmado na hora, mesmo sem ninguém no balcão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usual preparation time</source>
        <translation>Tempo de preparo habitual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What Confirm tells the platform.</source>
        <translation>O que Confirmar informa à plataforma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always send the usual time</source>
        <translation>Sempre enviar o tempo habitual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time</source>
        <translation>Perguntar a cada vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation time</source>
        <translation>Tempo de preparo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask each time: Confirm offers 10 to 45 minutes, the usual time highlighted (only where the platform takes a preparation time).</source>
        <translation>Perguntar a cada vez: Confirmar oferece de 10 a 45 minutos, com o tempo habitual em destaque (só onde a plataforma recebe um tempo de preparo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring for new orders and alarms</source>
        <translation>Tocar para pedidos novos e alertas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket colours</source>
        <translation>Cores dos pedidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amber after</source>
        <translation>Laranja após</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time since the order was accepted.</source>
        <translation>Tempo desde que o pedido foi aceito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red after</source>
        <translation>Vermelho após</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../kds/ui/viewmodels/card.py" line="+134"/>
        <location filename="../kds/ui/windows/drawer.py" line="+188"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to undo Ready, Collected and Delivered</source>
        <translation>Tempo para desfazer Pronto, Retirado e Entregue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 sends at once, without Undo.</source>
        <translation>0 envia na hora, sem Desfazer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Horário de funcionamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a platform stays closed during these hours for more than a few minutes, the board rings and offers to reopen it. No day ticked: no opening hours.</source>
        <translation>Quando uma plataforma fica fechada por mais de alguns minutos nesse horário, a tela toca e oferece reabri-la. Nenhum dia marcado: sem horário de funcionamento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A closing time before the opening time runs past midnight.</source>
        <translation>Um horário de fechamento antes do de abertura vai além da meia-noite.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A day&apos;s opening and closing times must differ.</source>
        <translation>Os horários de abertura e fechamento de um dia precisam ser diferentes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amber time must be shorter than the red time.</source>
        <translation>O tempo do laranja deve ser menor que o do vermelho.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Screen</source>
        <translation>Tela</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times and prices follow the language&apos;s usual format.</source>
        <translation>Horários e preços seguem o formato usual do idioma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/sheets/more.py" line="-8"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/sheets/more.py" line="+0"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark is easier on the eyes in a kitchen.</source>
        <translation>O escuro cansa menos a vista na cozinha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compact</source>
        <translation>Compacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card size</source>
        <translation>Tamanho dos cartões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: compact cards when a column is crowded, full cards otherwise.</source>
        <translation>Automático: cartões compactos quando uma coluna está cheia, completos nos outros casos.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No clean-up yet.</source>
        <translation>Nenhuma limpeza ainda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last clean-up: %1 %2 — %3 old orders deleted, customer details of %4 orders erased.</source>
        <translation>Última limpeza: %1 %2 — %3 pedidos antigos apagados, dados de clientes de %4 pedidos apagados.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+34"/>
        <source>This screen joins a restaurant</source>
        <translation>Esta tela faz parte de um restaurante</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Kiosk mode: full screen, nothing else on screen</source>
        <translation>Modo quiosque: tela cheia, nada mais na tela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a manager PIN, leaving full screen asks for it.</source>
        <translation>Com PIN de gerente, sair da tela cheia pede o PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start KDS when this computer starts</source>
        <translation>Abrir o KDS quando o computador ligar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeping data</source>
        <translation>Guarda de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep orders for</source>
        <translation>Guardar pedidos por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and their history, for the day&apos;s report; older ones are deleted.</source>
        <translation>Pedidos e seu histórico, para o relatório do dia; os mais antigos são apagados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase customer details after</source>
        <translation>Apagar dados do cliente após</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, phones and addresses, counted from when the order is finished.</source>
        <translation>Nomes, telefones e endereços, contando a partir do fim do pedido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several screens of one restaurant share one PostgreSQL database. Give every screen the same address; leave it empty for a screen on its own.</source>
        <translation>Várias telas de um restaurante compartilham um banco de dados PostgreSQL. Informe o mesmo endereço em todas as telas; deixe vazio para uma tela sozinha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database address</source>
        <translation>Endereço do banco de dados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database password</source>
        <translation>Senha do banco de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in this computer&apos;s keyring, never in the settings file.</source>
        <translation>Guardada no chaveiro deste computador, nunca no arquivo de configurações.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KDS starts again on the restaurant&apos;s database when you save.</source>
        <translation>O KDS reinicia no banco de dados do restaurante quando você salva.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The database address starts with postgresql://</source>
        <translation>O endereço do banco de dados começa com postgresql://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the database password in its own field, not in the address.</source>
        <translation>Digite a senha do banco de dados no campo dela, não no endereço.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <location filename="../kds/ui/setup/pin.py" line="+78"/>
        <source>Manager PIN</source>
        <translation>PIN do gerente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manager PIN is set.</source>
        <translation>Há um PIN de gerente definido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No manager PIN: anyone at the counter can cancel, refund and change settings.</source>
        <translation>Sem PIN de gerente: qualquer pessoa no balcão pode cancelar, reembolsar e mudar as configurações.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4 to 12 digits</source>
        <translation>4 a 12 dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same again</source>
        <translation>repita o mesmo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New PIN</source>
        <translation>Novo PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the PIN</source>
        <translation>Trocar o PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Leave empty to keep it as it is.</source>
        <translation>Opcional. Deixe em branco para manter como está.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/setup/riders_form.py" line="+70"/>
        <source>Optional.</source>
        <translation>Opcional.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the PIN</source>
        <translation>Repita o PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the manager PIN</source>
        <translation>Remover o PIN de gerente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN is asked for</source>
        <translation>O PIN é pedido para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling an order</source>
        <translation>Cancelar um pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds (partial, agree, reject)</source>
        <translation>Reembolsos (parcial, aceitar, recusar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening Settings</source>
        <translation>Abrir as configurações</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>O PIN deve ter de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs are not the same.</source>
        <translation>Os dois PINs não são iguais.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/pin.py" line="+18"/>
        <source>Clear</source>
        <translation>Limpar</translation>
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
        <translation>PIN errado. Tente de novo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>PIN errado vezes demais. Tente de novo em %1 s.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/credentials.py" line="+14"/>
        <source>Several stores: separate them with commas.</source>
        <translation>Várias lojas: separe com vírgulas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your relay runs, e.g. https://relay.example.com</source>
        <translation>Onde o seu relay roda, ex.: https://relay.example.com</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/platforms_form.py" line="+85"/>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/forms.py" line="-123"/>
        <location filename="../kds/ui/setup/platforms_form.py" line="+54"/>
        <source>Saved in the keyring — type to replace</source>
        <translation>Salvo no chaveiro — digite para trocar</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/platforms_form.py" line="+9"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forget the saved credentials</source>
        <translation>Esquecer as credenciais salvas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: type %2 to test the connection (a saved secret is never read back into the form).</source>
        <translation>%1: digite %2 para testar a conexão (um segredo salvo nunca volta ao formulário).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>When the saved access token expires is not known yet; with a refresh token KDS renews it at the first call and learns it.</source>
        <translation>Ainda não se sabe quando o token de acesso salvo expira; com um token de renovação, o KDS o renova na primeira chamada e fica sabendo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved access token expired on %1.</source>
        <translation>O token de acesso salvo expirou em %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved access token is valid until %1; KDS renews it by itself a few days before.</source>
        <translation>O token de acesso salvo vale até %1; o KDS o renova sozinho alguns dias antes.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: each merchant ID only once.</source>
        <translation>%1: cada ID de lojista só uma vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 must be an http:// or https:// address, without a password.</source>
        <translation>%1: %2 deve ser um endereço http:// ou https://, sem senha.</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+131"/>
        <location line="+12"/>
        <source>%1: fill in %2.</source>
        <translation>%1: preencha %2.</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Demo: %1 run on the built-in simulators now. The switches below are this station&apos;s own platforms, used when KDS starts without --demo.</source>
        <translation>Demonstração: %1 rodam agora nos simuladores embutidos. As chaves abaixo são as plataformas desta estação, usadas quando o KDS inicia sem --demo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is not available on this computer, so the credentials cannot be kept there. Choose another place below, or start the keyring (on Linux: GNOME Keyring or KWallet) and open Settings again.</source>
        <translation>O chaveiro do sistema não está disponível neste computador, então as credenciais não podem ficar nele. Escolha outro lugar abaixo, ou inicie o chaveiro (no Linux: GNOME Keyring ou KWallet) e abra as Configurações de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted credentials file is locked: tap Connect on the board and enter the manager PIN, then open Settings again.</source>
        <translation>O arquivo criptografado de credenciais está trancado: toque em Conectar no quadro e digite o PIN do gerente, depois abra as Configurações de novo.</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>%1: %2 must be a number.</source>
        <translation>%1: %2 deve ser um número.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_form.py" line="+43"/>
        <source>Kitchen tickets</source>
        <translation>Comandas da cozinha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellations</source>
        <translation>Cancelamentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the printer</source>
        <translation>a impressora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: enter the printer&apos;s network address.</source>
        <translation>%1: informe o endereço de rede da impressora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the port must be a number (usually 9100).</source>
        <translation>%1: a porta deve ser um número (geralmente 9100).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the USB vendor and product IDs are hexadecimal, like 04b8 and 0e15.</source>
        <translation>%1: os IDs USB de fabricante e produto são hexadecimais, como 04b8 e 0e15.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the serial port, like /dev/ttyUSB0 or COM3.</source>
        <translation>%1: informe a porta serial, como /dev/ttyUSB0 ou COM3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the device or file, like /dev/usb/lp0.</source>
        <translation>%1: informe o dispositivo ou arquivo, como /dev/usb/lp0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: enter the name of the system&apos;s printer queue.</source>
        <translation>%1: informe o nome da fila de impressão do sistema.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every printer needs a name.</source>
        <translation>Toda impressora precisa de um nome.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: choose at least one kind of document.</source>
        <translation>%1: escolha pelo menos um tipo de documento.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printers</source>
        <translation>Impressoras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No printer yet. KDS works without one; add it now or later.</source>
        <translation>Nenhuma impressora ainda. O KDS funciona sem; adicione agora ou depois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a printer</source>
        <translation>Adicionar impressora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer %1</source>
        <translation>Impressora %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to the screen %1</source>
        <translation>Conectada à tela %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kitchen</source>
        <translation>cozinha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/riders_form.py" line="-8"/>
        <location line="+3"/>
        <location filename="../kds/ui/windows/order_text.py" line="+159"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRILL</source>
        <translation>CHAPA</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/setup/stations_form.py" line="+28"/>
        <source>Kitchen station</source>
        <translation>Praça da cozinha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its kitchen tickets then show only that station&apos;s lines. Empty: every line.</source>
        <translation>As comandas da cozinha dela mostram só os itens dessa praça. Vazio: todos os itens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>Rede</translation>
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
        <translation>Dispositivo ou arquivo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>System printer</source>
        <translation>Impressora do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../kds/ui/windows/order_text.py" line="+14"/>
        <location line="+2"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor ID</source>
        <translation>ID do fabricante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product ID</source>
        <translation>ID do produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial port</source>
        <translation>Porta serial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer queue name</source>
        <translation>Nome da fila de impressão</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Speed (baud)</source>
        <translation>Velocidade (baud)</translation>
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
        <translation>Largura do papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code page</source>
        <translation>Página de código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CP858 for most Latin text; CP874 Thai; CP1258 Vietnamese.</source>
        <translation>CP858 para a maioria dos textos latinos; CP874 tailandês; CP1258 vietnamita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prints</source>
        <translation>Imprime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When confirmed</source>
        <translation>Ao confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it arrives</source>
        <translation>Ao chegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when asked</source>
        <translation>Só quando pedir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints by itself</source>
        <translation>Imprime sozinha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the screen</source>
        <translation>Igual à tela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed in</source>
        <translation>Imprime em</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language of the ticket&apos;s own words.</source>
        <translation>O idioma das palavras do próprio tíquete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a test page</source>
        <translation>Imprimir página de teste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this printer</source>
        <translation>Remover esta impressora</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Printing a test page…</source>
        <translation>Imprimindo página de teste…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The test page did not print: %1</source>
        <translation>A página de teste não foi impressa: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test page sent. Check the printer.</source>
        <translation>Página de teste enviada. Confira a impressora.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Two printers have the same name.</source>
        <translation>Duas impressoras têm o mesmo nome.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connect.py" line="+40"/>
        <source>System keyring</source>
        <translation>Chaveiro do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The safest place: the system keeps them and KDS reads them at each start.</source>
        <translation>O lugar mais seguro: o sistema as guarda e o KDS as lê a cada início.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For this run only</source>
        <translation>Só nesta execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in memory and gone when KDS closes: nothing is written to disk, but someone must type them again at each start.</source>
        <translation>Fica na memória e some quando o KDS fecha: nada é gravado no disco, mas alguém precisa digitá-las de novo a cada início.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted file, opened with the manager PIN</source>
        <translation>Arquivo criptografado, aberto com o PIN do gerente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in a file encrypted with a key made from the manager PIN, which unlocks it at each start. Whoever copies the file can try PINs: use a long PIN.</source>
        <translation>Fica num arquivo criptografado com uma chave feita do PIN do gerente, que o destranca a cada início. Quem copiar o arquivo pode tentar PINs: use um PIN longo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The encrypted file needs a manager PIN: set one first.</source>
        <translation>O arquivo criptografado precisa de um PIN do gerente: defina um antes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="+171"/>
        <source>Connect the platforms</source>
        <translation>Conectar as plataformas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keyring is not available on this computer. Choose where KDS keeps these credentials:</source>
        <translation>O chaveiro do sistema não está disponível neste computador. Escolha onde o KDS guarda estas credenciais:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose where KDS keeps the credentials.</source>
        <translation>Escolha onde o KDS guarda as credenciais.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-3"/>
        <source>Unlock the encrypted credentials file</source>
        <translation>Destrancar o arquivo criptografado de credenciais</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Fill in %1.</source>
        <translation>Preencha %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>This PIN does not open the encrypted credentials file.</source>
        <translation>Este PIN não abre o arquivo criptografado de credenciais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be read.</source>
        <translation>Não é possível ler o arquivo criptografado de credenciais.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../kds/ui/setup/settings_panel.py" line="-28"/>
        <location filename="../kds/ui/setup/wizard.py" line="+268"/>
        <source>Could not save the settings: %1</source>
        <translation>Não foi possível salvar as configurações: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/settings_panel.py" line="+4"/>
        <location filename="../kds/ui/windows/main_window.py" line="+440"/>
        <source>Not saved — the restaurant database is not reachable</source>
        <translation>Não salvo — o banco de dados do restaurante está inacessível</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/station.py" line="+117"/>
        <source>The credentials were not saved: the encrypted credentials file is locked. Tap Connect on the board and enter the manager PIN to unlock it.</source>
        <translation>As credenciais não foram salvas: o arquivo criptografado de credenciais está trancado. Toque em Conectar no quadro e digite o PIN do gerente para destrancá-lo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credentials were not saved: the system keyring is not available. On the Platforms page choose to keep them for this run only, or in a file encrypted with the manager PIN.</source>
        <translation>As credenciais não foram salvas: o chaveiro do sistema não está disponível. Na página Plataformas, escolha guardá-las só nesta execução, ou num arquivo criptografado com o PIN do gerente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not change starting with the system: %1</source>
        <translation>Não foi possível mudar a abertura com o sistema: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The restaurant&apos;s settings were saved on this screen only: its database cannot be reached. Save them again once it is back, or the other screens keep theirs.</source>
        <translation>As configurações do restaurante foram salvas só nesta tela: o banco de dados não está acessível. Salve de novo quando ele voltar; as outras telas continuam com as delas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The encrypted credentials file was made with another manager PIN; enter that PIN on the board to unlock it.</source>
        <translation>O arquivo criptografado de credenciais foi feito com outro PIN do gerente; digite esse PIN no quadro para destrancá-lo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted credentials file cannot be written.</source>
        <translation>Não é possível gravar o arquivo criptografado de credenciais.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>KDS cannot open this database: %1</source>
        <translation>O KDS não consegue abrir este banco de dados: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the system keyring is not available, so its credentials cannot be read</source>
        <translation>o chaveiro do sistema não está disponível, então as credenciais não podem ser lidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted credentials file is locked until the manager PIN is entered</source>
        <translation>o arquivo criptografado de credenciais fica trancado até alguém digitar o PIN do gerente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credentials missing from the system keyring: %1</source>
        <translation>faltam credenciais no chaveiro do sistema: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set up yet: %1</source>
        <translation>ainda não configurado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KDS cannot connect to this platform yet</source>
        <translation>o KDS ainda não se conecta a esta plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform settings are not valid: %1</source>
        <translation>as configurações da plataforma não são válidas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not connected: %2.</source>
        <translation>%1 não está conectada: %2.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="-79"/>
        <source>Missed (not accepted in time)</source>
        <translation>Perdidos (não aceitos a tempo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the restaurant</source>
        <translation>Cancelados pelo restaurante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the customer</source>
        <translation>Cancelados pelo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the platform</source>
        <translation>Cancelados pela plataforma</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Received</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Aceitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/widgets/board_view.py" line="+89"/>
        <location filename="../kds/ui/wording.py" line="-100"/>
        <location line="+17"/>
        <location line="+126"/>
        <location line="+33"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Concluídos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reasons</source>
        <translation>motivos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunds in full</source>
        <translation>Reembolsos totais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds in part</source>
        <translation>Reembolsos parciais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross sales</source>
        <translation>Vendas brutas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net sales</source>
        <translation>Vendas líquidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid / not paid</source>
        <translation>Pagos / não pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to accept: median · 90% · worst</source>
        <translation>Tempo p/ aceitar: mediana · 90% · pior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to ready: median · 90%</source>
        <translation>Tempo até pronto: mediana · 90%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes paused</source>
        <translation>Minutos pausado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Day&apos;s report</source>
        <translation>Relatório do dia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>◀ Day before</source>
        <translation>◀ Dia anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day after ▶</source>
        <translation>Dia seguinte ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From −</source>
        <translation>Início −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From +</source>
        <translation>Início +</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To −</source>
        <translation>Fim −</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To +</source>
        <translation>Fim +</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF</source>
        <translation>Salvar PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print end-of-day slip</source>
        <translation>Imprimir fechamento do dia</translation>
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
        <translation>Não foi possível salvar o arquivo: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+25"/>
        <source>Saved %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printer prints receipts: set one up in Settings.</source>
        <translation>Nenhuma impressora imprime recibos: configure uma em Configurações.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End-of-day slip sent to the printer.</source>
        <translation>Fechamento do dia enviado à impressora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end-of-day slip was already printed.</source>
        <translation>O fechamento do dia já foi impresso.</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/wizard.py" line="-208"/>
        <source>Check and finish</source>
        <translation>Conferir e concluir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platforms: %1</source>
        <translation>Plataformas: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Printers: %1</source>
        <translation>Impressoras: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usual preparation time: %1 min</source>
        <translation>Tempo de preparo habitual: %1 min</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Riders: %1</source>
        <translation>Entregadores: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager PIN: %1</source>
        <translation>PIN do gerente: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: in the restaurant&apos;s database %1</source>
        <translation>Pedidos: no banco de dados do restaurante %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: kept on this screen</source>
        <translation>Pedidos: guardados nesta tela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New orders are confirmed automatically for: %1</source>
        <translation>Pedidos novos confirmados automaticamente para: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credentials: %1</source>
        <translation>Credenciais: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparation time: asked at each Confirm (usual: %1 min)</source>
        <translation>Tempo de preparo: perguntado a cada Confirmar (habitual: %1 min)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system keyring is not available and no other place for the credentials was chosen (Platforms page), so they will not be saved</source>
        <translation>o chaveiro do sistema não está disponível e nenhum outro lugar foi escolhido para as credenciais (página Plataformas), então elas não serão salvas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encrypted credentials file needs a manager PIN (Manager PIN page)</source>
        <translation>o arquivo criptografado de credenciais precisa de um PIN do gerente (página PIN do gerente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected after Finish: %1. Why: %2.</source>
        <translation>Sem conexão depois de Concluir: %1. Motivo: %2.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Optional: when several screens work together, the restaurant&apos;s database.</source>
        <translation>Opcional: o banco de dados do restaurante, quando várias telas trabalham juntas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check, then tap Finish.</source>
        <translation>Confira e toque em Concluir.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Set up KDS</source>
        <translation>Configurar o KDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to KDS. A few questions and the board opens; everything can be changed later in Settings.</source>
        <translation>Bem-vindo ao KDS. Algumas perguntas e o painel abre; tudo pode ser mudado depois nas configurações.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch on the platforms this restaurant sells on.</source>
        <translation>Ligue as plataformas em que este restaurante vende.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the thermal printer for kitchen tickets and receipts.</source>
        <translation>Opcional: a impressora térmica para comandas e recibos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How new orders are handled.</source>
        <translation>Como os pedidos novos são tratados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a PIN that managers type to cancel, refund or change settings.</source>
        <translation>Opcional: um PIN que o gerente digita para cancelar, reembolsar ou mudar configurações.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/widgets/overlay.py" line="+112"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/confirm.py" line="-9"/>
        <source>Confirm %1 — ready in how long?</source>
        <translation>Confirmar %1 — fica pronto em quanto tempo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform tells the customer and the rider.</source>
        <translation>A plataforma avisa o cliente e o entregador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 min · usual</source>
        <translation>%1 min · habitual</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/reason.py" line="+45"/>
        <source>Why?</source>
        <translation>Por quê?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Which dishes ran out?</source>
        <translation>Quais pratos acabaram?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also mark them sold out until end of day</source>
        <translation>Marcar também como esgotados até o fim do dia</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../kds/ui/sheets/refund.py" line="+138"/>
        <source>Write why (needed for “Other”)</source>
        <translation>Escreva o motivo (obrigatório para “Outro”)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write why</source>
        <translation>Escreva o motivo</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a reason.</source>
        <translation>Escolha um motivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a few words for the platform.</source>
        <translation>Escreva algumas palavras para a plataforma.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/refund.py" line="-97"/>
        <source>%1 each</source>
        <translation>%1 cada</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Partial refund — %1</source>
        <translation>Reembolso parcial — %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tap again to refund</source>
        <translation>Toque de novo para reembolsar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing left to refund</source>
        <translation>Nada mais a reembolsar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left to refund</source>
        <translation>Restam %1 a reembolsar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking the platform what is left to refund…</source>
        <translation>Perguntando à plataforma o que ainda pode ser reembolsado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform could not say what is left to refund: quantities and amount are estimates.</source>
        <translation>A plataforma não informou o que ainda pode ser reembolsado: quantidades e valor são estimativas.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Refund amount (from the platform): %1</source>
        <translation>Valor do reembolso (da plataforma): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund amount (estimate): %1</source>
        <translation>Valor do reembolso (estimativa): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund %1</source>
        <translation>Reembolsar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tap again to refund %1</source>
        <translation>Toque de novo para reembolsar %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/board.py" line="+207"/>
        <source>Confirming…</source>
        <translation>Confirmando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+116"/>
        <source>time is up</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+5"/>
        <source>accepted automatically in</source>
        <translation>aceito automaticamente em</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-151"/>
        <source>Scheduled %1</source>
        <translation>Agendado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+8"/>
        <location line="+129"/>
        <source>Refund requested</source>
        <translation>Reembolso pedido</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-216"/>
        <source>Reading the address…</source>
        <translation>Lendo o endereço…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address not available: see the platform app</source>
        <translation>Endereço indisponível: veja o app da plataforma</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../kds/ui/windows/order_text.py" line="-55"/>
        <source>whole order</source>
        <translation>pedido inteiro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ORDER DETAILS COULD NOT BE READ</source>
        <translation>NÃO FOI POSSÍVEL LER OS DETALHES DO PEDIDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this order on the %1 tablet.</source>
        <translation>Confira este pedido no tablet da %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Refunded 1 item · %1</source>
        <translation>1 item reembolsado · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded %1 items · %2</source>
        <translation>%1 itens reembolsados · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded · %1</source>
        <translation>Reembolsado · %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CANCELLED BY THE CUSTOMER</source>
        <translation>CANCELADO PELO CLIENTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>CANCELLED BY THE PLATFORM</source>
        <translation>CANCELADO PELA PLATAFORMA</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>CANCELLED</source>
        <translation>CANCELADO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop preparing this order.</source>
        <translation>Pare de preparar este pedido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../kds/ui/wording.py" line="-167"/>
        <location line="+37"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/wording.py" line="-182"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>Collected</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../kds/ui/wording.py" line="+110"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out since</source>
        <translation>Saiu às</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 in a moment…</source>
        <translation>%1 em instantes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending %1…</source>
        <translation>Enviando %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying %1: %2</source>
        <translation>Tentando de novo %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry %1</source>
        <translation>Tentar %1 de novo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed — %2</source>
        <translation>%1 falhou — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../kds/ui/wording.py" line="-137"/>
        <source>Reject…</source>
        <translation>Recusar…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Details not readable yet — retrying. Use the %1 tablet if it cannot wait.</source>
        <translation>Detalhes ainda ilegíveis — tentando de novo. Use o tablet da %1 se não puder esperar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK, seen</source>
        <translation>OK, visto</translation>
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
        <translation>%1 itens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order details not read</source>
        <translation>Detalhes do pedido não lidos</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/health.py" line="+126"/>
        <source>not connected</source>
        <translation>sem conexão</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>polled by %1</source>
        <translation>verificado por %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polled by another screen</source>
        <translation>verificado por outra tela</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polled %1</source>
        <translation>verificado %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>last good poll %1</source>
        <translation>última verificação boa %1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>token expires %1</source>
        <translation>token expira em %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token renewal failed</source>
        <translation>falha ao renovar o token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token expired</source>
        <translation>token expirado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the merchant access token has expired, so actions and order details fail. Enter a new token in Settings.</source>
        <translation>%1: o token de acesso do lojista expirou, por isso as ações e os detalhes dos pedidos falham. Informe um novo token em Configurações.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2); KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1: falhou a renovação do token de acesso do lojista (%2); o KDS tenta de novo. Se continuar, informe um novo token em Configurações.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: renewing the merchant access token failed (%2). It works until %3; KDS tries again. If this stays, enter a new token in Settings.</source>
        <translation>%1: falhou a renovação do token de acesso do lojista (%2). Ele funciona até %3; o KDS tenta de novo. Se continuar, informe um novo token em Configurações.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3. KDS renews it by itself; if it cannot, enter a new token in Settings.</source>
        <translation>%1: o token de acesso do lojista expira em %3. O KDS o renova sozinho; se não conseguir, informe um novo token em Configurações.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the merchant access token expires on %3 and KDS cannot renew it (no refresh token). Enter a new token in Settings before then.</source>
        <translation>%1: o token de acesso do lojista expira em %3 e o KDS não pode renová-lo (sem token de renovação). Informe um novo token em Configurações antes disso.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 failed polls in a row)</source>
        <translation>%1 (%2 falhas seguidas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ORDERS MAY BE MISSED. </source>
        <translation>PEDIDOS PODEM SER PERDIDOS. </translation>
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
        <translation>Mais</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../kds/ui/widgets/bars.py" line="-35"/>
        <location line="+34"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-33"/>
        <location line="+23"/>
        <source>Mute 5 min</source>
        <translation>Silenciar 5 min</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/bars.py" line="-3"/>
        <source>Muted %1</source>
        <translation>Silenciado %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sound is off — no audio device</source>
        <translation>Som desligado — nenhum dispositivo de áudio</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../kds/ui/windows/main_window.py" line="+35"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tap Confirm to accept · tap a card for details</source>
        <translation>Toque em Confirmar para aceitar · toque num cartão para ver os detalhes</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/board_view.py" line="-2"/>
        <location filename="../kds/ui/wording.py" line="+133"/>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <location line="+33"/>
        <source>Preparing</source>
        <translation>Em preparo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out / Done</source>
        <translation>Saiu / Concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No new orders.
New orders ring and appear here.</source>
        <translation>Nenhum pedido novo.
Pedidos novos tocam e aparecem aqui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing being prepared.</source>
        <translation>Nada em preparo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing waiting for pickup.</source>
        <translation>Nada esperando retirada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished orders stay here for 30 minutes.</source>
        <translation>Pedidos concluídos ficam aqui por 30 minutos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scheduled orders.</source>
        <translation>Nenhum pedido agendado.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>+ %1 more below · %2 cancelled</source>
        <translation>+ %1 abaixo · %2 cancelado(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 more below</source>
        <translation>+ %1 abaixo</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_delegate.py" line="+229"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/widgets/card_layout.py" line="+34"/>
        <source>Undo %1</source>
        <translation>Desfazer %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/card_layout.py" line="+207"/>
        <source>Note: %1</source>
        <translation>Obs.: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/drawer.py" line="-170"/>
        <source>Printing</source>
        <translation>Impressão</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reprint kitchen ticket</source>
        <translation>Reimprimir comanda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print kitchen ticket</source>
        <translation>Imprimir comanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint receipt</source>
        <translation>Reimprimir recibo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print receipt</source>
        <translation>Imprimir recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint delivery slip</source>
        <translation>Reimprimir guia de entrega</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print delivery slip</source>
        <translation>Imprimir guia de entrega</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>placed %1</source>
        <translation>feito às %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheduled %1</source>
        <translation>agendado %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled: %1</source>
        <translation>cancelado: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/history.py" line="-3"/>
        <source>Today&apos;s finished orders</source>
        <translation>Pedidos concluídos hoje</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search by order number, customer or item</source>
        <translation>Buscar por número do pedido, cliente ou item</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 order</source>
        <translation>1 pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation>%1 pedidos</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-558"/>
        <location line="+547"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+80"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="-512"/>
        <location line="+520"/>
        <source>All-day</source>
        <translation>Contagem</translation>
    </message>
    <message>
        <location line="-509"/>
        <location line="+507"/>
        <source>Recall</source>
        <translation>Rechamar</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="-2"/>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="-477"/>
        <location line="+486"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-21"/>
        <location line="+24"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location line="-484"/>
        <location line="+482"/>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <location line="-477"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 new · %2 preparing · %3 ready</source>
        <translation>%1 novos · %2 em preparo · %3 prontos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear all seen (%1)</source>
        <translation>Todos vistos (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 closed your store after a missed order</source>
        <translation>%1 fechou sua loja depois de um pedido perdido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your store is still closed on %1 during opening hours</source>
        <translation>Sua loja continua fechada no %1 durante o horário de funcionamento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pause the store</source>
        <translation>Pausar a loja</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>See the day&apos;s report</source>
        <translation>Ver o relatório do dia</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../kds/ui/windows/store_wait.py" line="-45"/>
        <source>Restaurant database not reachable — retrying… (%1)</source>
        <translation>Banco de dados do restaurante inacessível — tentando de novo… (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong and was logged: %1</source>
        <translation>Algo deu errado e foi registrado: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Too late to undo: it was already sent.</source>
        <translation>Tarde demais para desfazer: já foi enviado.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/print_wiring.py" line="+60"/>
        <source>Nothing was sent: no printer prints this.</source>
        <translation>Nada foi enviado: nenhuma impressora imprime isto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This job is not waiting for a retry any more.</source>
        <translation>Este trabalho não está mais esperando nova tentativa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: REPRINT #%2 sent to %3</source>
        <translation>%1: REIMPRESSÃO nº %2 enviada para %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent to %2</source>
        <translation>%1 enviado para %2</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_sheets.py" line="+106"/>
        <source>Cancel order %1?</source>
        <translation>Cancelar o pedido %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1</source>
        <translation>Cancelar pedido %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to cancel %1</source>
        <translation>Toque de novo para cancelar %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer gets the whole order refunded.</source>
        <translation>O cliente recebe o reembolso do pedido inteiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer gets the requested items refunded.</source>
        <translation>O cliente recebe o reembolso dos itens pedidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree to the refund request of %1?</source>
        <translation>Aceitar o pedido de reembolso de %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to agree to the refund</source>
        <translation>Toque de novo para aceitar o reembolso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reject the refund request of %1?</source>
        <translation>Recusar o pedido de reembolso de %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/wording.py" line="-150"/>
        <source>Reject refund</source>
        <translation>Recusar reembolso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to reject the refund</source>
        <translation>Toque de novo para recusar o reembolso</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dispatch %1 — who takes it?</source>
        <translation>Despachar %1 — quem leva?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who takes %1 now?</source>
        <translation>Quem leva %1 agora?</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/setup_wiring.py" line="-65"/>
        <location line="+4"/>
        <location filename="../kds/ui/windows/store_wait.py" line="+57"/>
        <source>Open Settings</source>
        <translation>Abrir configurações</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Saved. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>Salvo. As configurações de plataforma, impressora e pedidos valem quando o KDS abrir de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Another screen changed the restaurant&apos;s settings. Platform, printer and order settings take effect when KDS starts again.</source>
        <translation>Outra tela mudou as configurações do restaurante. As configurações de plataformas, impressoras e pedidos valem quando o KDS iniciar de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another screen changed the restaurant&apos;s settings: they apply here too.</source>
        <translation>Outra tela mudou as configurações do restaurante: elas valem aqui também.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+115"/>
        <source>Leave full screen</source>
        <translation>Sair da tela cheia</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/more.py" line="+2"/>
        <source>Exit full screen</source>
        <translation>Sair da tela cheia</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/main_window.py" line="+43"/>
        <source>KDS · DEMO</source>
        <translation>KDS · DEMO</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/bump_bar.py" line="+114"/>
        <source>Select a ticket with its number first.</source>
        <translation>Selecione primeiro um pedido pelo número.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter has nothing to do for this ticket; Space opens it.</source>
        <translation>Enter não faz nada neste pedido; Espaço o abre.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="-42"/>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order note</source>
        <translation>Observação do pedido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled — payment settled</source>
        <translation>Cancelado — pagamento liquidado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paid yet</source>
        <translation>Ainda não pago</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>paid online</source>
        <translation>pago online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>collect on delivery</source>
        <translation>cobrar na entrega</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change for %1</source>
        <translation>troco para %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payment details</source>
        <translation>Sem detalhes de pagamento</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="-286"/>
        <location filename="../kds/ui/windows/order_text.py" line="+10"/>
        <location filename="../kds/ui/wording.py" line="+160"/>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="+7"/>
        <source>no phone number</source>
        <translation>sem telefone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden by the platform</source>
        <translation>oculto pela plataforma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>decrypting for your rider…</source>
        <translation>descriptografando para o seu entregador…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decrypted once the order is accepted</source>
        <translation>descriptografado quando o pedido for aceito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the platform did not decrypt it</source>
        <translation>a plataforma não descriptografou</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/riders_form.py" line="-23"/>
        <source>Riders</source>
        <translation>Entregadores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own riders, for orders the restaurant delivers itself. Dispatch asks which one takes the order and tells the platform, so the customer knows who is coming.</source>
        <translation>Seus próprios entregadores, para os pedidos que o restaurante entrega. Despachar pergunta quem leva o pedido e informa a plataforma, para o cliente saber quem vem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rider</source>
        <translation>Adicionar entregador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rider %1</source>
        <translation>Entregador %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/order_text.py" line="+15"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With the country code, e.g. +852.</source>
        <translation>Com o código do país, por exemplo +55.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vehicle</source>
        <translation>Veículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plate</source>
        <translation>Placa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rider</source>
        <translation>Remover este entregador</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Rider %1: check the name, the phone (digits, spaces and + only) and the plate.</source>
        <translation>Entregador %1: confira o nome, o telefone (só dígitos, espaços e +) e a placa.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_text.py" line="+2"/>
        <source>Orders here</source>
        <translation>Pedidos aqui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encrypted until decrypted for your rider</source>
        <translation>criptografado até ser liberado para o seu entregador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rider</source>
        <translation>Entregador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pickup code</source>
        <translation>Código de retirada</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not acknowledged yet</source>
        <translation>ainda não confirmado à plataforma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No events stored</source>
        <translation>Nenhum evento guardado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 attempts</source>
        <translation>%1 tentativas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already done on the platform</source>
        <translation>já feito na plataforma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions yet</source>
        <translation>Nenhuma ação ainda</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-186"/>
        <location line="+17"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+17"/>
        <source>Dispatch</source>
        <translation>Despachar</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+142"/>
        <location line="+120"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Change rider…</source>
        <translation>Trocar entregador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/order_sheets.py" line="-27"/>
        <location filename="../kds/ui/wording.py" line="+18"/>
        <source>Agree refund</source>
        <translation>Aceitar reembolso</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-3"/>
        <source>Change rider</source>
        <translation>Trocar entregador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+164"/>
        <source>Partial refund</source>
        <translation>Reembolso parcial</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/board.py" line="-12"/>
        <location filename="../kds/ui/wording.py" line="-154"/>
        <location line="+141"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-140"/>
        <source>Marked ready</source>
        <translation>Marcado como pronto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatched</source>
        <translation>Despachado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider changed</source>
        <translation>Entregador trocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation sent</source>
        <translation>Cancelamento enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund sent</source>
        <translation>Reembolso enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund agreed</source>
        <translation>Reembolso aceito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund rejected</source>
        <translation>Reembolso recusado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/printer_test.py" line="+55"/>
        <source>the printer could not be reached</source>
        <translation>não foi possível alcançar a impressora</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the test page could not be queued</source>
        <translation>a página de teste não pôde entrar na fila</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the printer did not finish the test page in time</source>
        <translation>a impressora não terminou a página de teste a tempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../kds/ui/sheets/store.py" line="-79"/>
        <location filename="../kds/ui/wording.py" line="+1"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="-46"/>
        <source>Agree refund…</source>
        <translation>Aceitar reembolso…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>undone</source>
        <translation>desfeito</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform rejected our login</source>
        <translation>A plataforma recusou nosso login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the platform</source>
        <translation>Não foi possível falar com a plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform refused</source>
        <translation>A plataforma recusou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible in the order&apos;s current state</source>
        <translation>Não é possível no estado atual do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform sent an unreadable answer</source>
        <translation>A plataforma mandou uma resposta ilegível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order is not stored</source>
        <translation>O pedido não está guardado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This order is no longer on this screen.</source>
        <translation>Este pedido não está mais nesta tela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible any more: the order has moved on.</source>
        <translation>Não é mais possível: o pedido já avançou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason first.</source>
        <translation>Escolha um motivo primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one item.</source>
        <translation>Escolha pelo menos um item.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rider first.</source>
        <translation>Escolha um entregador primeiro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The action could not be recorded.</source>
        <translation>A ação não pôde ser registrada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>motorbike</source>
        <translation>moto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scooter</source>
        <translation>scooter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bicycle</source>
        <translation>bicicleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>car</source>
        <translation>carro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on foot</source>
        <translation>a pé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login rejected: check the platform credentials</source>
        <translation>login recusado: confira as credenciais da plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slowed down by the platform (rate limit)</source>
        <translation>desacelerado pela plataforma (limite de chamadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the platform</source>
        <translation>sem contato com a plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the platform sent unreadable data</source>
        <translation>a plataforma mandou dados ilegíveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some order details not read yet (retrying)</source>
        <translation>detalhes de alguns pedidos ainda não lidos (tentando de novo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reported a notification error</source>
        <translation>%1 informou um erro de notificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reported a notification error: %2</source>
        <translation>%1 informou um erro de notificação: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reported a problem</source>
        <translation>%1 informou um problema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 reported a problem: %2</source>
        <translation>%1 informou um problema: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickup</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own delivery</source>
        <translation>Entrega própria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dine-in</source>
        <translation>No local</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Out</source>
        <translation>Saiu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed by the platform</source>
        <translation>Encerrado pela plataforma</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its final time passed</source>
        <translation>passou do prazo final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not marked collected in time</source>
        <translation>não marcado como retirado a tempo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New order</source>
        <translation>Novo pedido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out for delivery</source>
        <translation>Saiu para entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked up</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation asked for</source>
        <translation>Cancelamento solicitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation refused</source>
        <translation>Cancelamento recusado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund not given</source>
        <translation>Reembolso não concedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider update</source>
        <translation>Atualização do entregador</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>our action went through</source>
        <translation>nossa ação foi aceita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by the customer</source>
        <translation>pelo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by the restaurant</source>
        <translation>pelo restaurante</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>by the platform</source>
        <translation>pela plataforma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivery fee</source>
        <translation>Taxa de entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fee</source>
        <translation>Taxa de serviço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip</source>
        <translation>Gorjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging</source>
        <translation>Embalagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>Cartão de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit card</source>
        <translation>Cartão de débito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal voucher</source>
        <translation>Vale-refeição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food voucher</source>
        <translation>Vale-alimentação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital wallet</source>
        <translation>Carteira digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepaid</source>
        <translation>Pré-pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SOLD OUT</source>
        <translation>ESGOTADO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID check</source>
        <translation>Conferir documento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accept within</source>
        <translation>aceitar em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer within</source>
        <translation>responder em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start in</source>
        <translation>começar em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preparing</source>
        <translation>em preparo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready for</source>
        <translation>pronto há</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Out of some dishes</source>
        <translation>Faltam alguns pratos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing / not trading now</source>
        <translation>Fechando / sem atender agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough staff</source>
        <translation>Falta de pessoal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (write why)</source>
        <translation>Outro (escreva o motivo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food already prepared</source>
        <translation>Comida já preparada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already out for delivery</source>
        <translation>Já saiu para entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item out of stock</source>
        <translation>Item em falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items out of stock</source>
        <translation>Itens em falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item damaged</source>
        <translation>Item danificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong item</source>
        <translation>Item errado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer asked</source>
        <translation>Pedido do cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too busy</source>
        <translation>Muito movimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restaurant closed</source>
        <translation>Restaurante fechado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rider assigned</source>
        <translation>Entregador designado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider on the way</source>
        <translation>Entregador a caminho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider here</source>
        <translation>Entregador chegou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider picked up</source>
        <translation>Entregador retirou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rider delivering</source>
        <translation>Entregador a caminho do cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rider cancelled</source>
        <translation>Entregador cancelou</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/card.py" line="-224"/>
        <location filename="../kds/ui/wording.py" line="+2"/>
        <source>Rider: %1</source>
        <translation>Entregador: %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/wording.py" line="+10"/>
        <source>Refund request — status %1</source>
        <translation>Pedido de reembolso — status %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 s ago</source>
        <translation>há %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h ago</source>
        <translation>há %1 h</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/print_problems.py" line="-20"/>
        <source>Print jobs that did not print</source>
        <translation>Impressões que não saíram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry sends a job again. If a job was cut off, look at the printer: Printed OK if the paper is there, else Reprint.</source>
        <translation>Tentar de novo envia o trabalho outra vez. Se a impressão foi interrompida, olhe a impressora: Saiu OK se o papel está lá, senão Reimprimir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing left to do: every job printed.</source>
        <translation>Nada pendente: tudo foi impresso.</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/print_lines.py" line="+61"/>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+103"/>
        <source>printing…</source>
        <translation>imprimindo…</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>paper low</source>
        <translation>pouco papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper out</source>
        <translation>sem papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>desconectada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked yet</source>
        <translation>ainda não verificada</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The printer does not report its paper; the last connection worked.</source>
        <translation>A impressora não informa o papel; a última conexão funcionou.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../kds/ui/windows/drawer.py" line="-114"/>
        <source>Kitchen ticket</source>
        <translation>Comanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation slip</source>
        <translation>Aviso de cancelamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund slip</source>
        <translation>Comprovante de reembolso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../kds/ui/windows/drawer.py" line="+0"/>
        <source>Delivery slip</source>
        <translation>Guia de entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test page</source>
        <translation>Página de teste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-day slip</source>
        <translation>Fechamento do dia</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 · REPRINT #%2</source>
        <translation>%1 · REIMPRESSÃO nº %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not print; a later copy did</source>
        <translation>não saiu; uma cópia depois saiu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting to print</source>
        <translation>aguardando impressão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>printed %1</source>
        <translation>impresso às %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not printed: %1</source>
        <translation>não impresso: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trying again at %1</source>
        <translation>nova tentativa às %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may have printed: it was cut off while printing. Check the printer.</source>
        <translation>pode ter saído: foi interrompido durante a impressão. Confira a impressora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed OK</source>
        <translation>Saiu OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open order</source>
        <translation>Abrir pedido</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kitchen ticket not printed</source>
        <translation>Comanda não impressa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kitchen ticket may not have printed</source>
        <translation>A comanda pode não ter saído</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/printer_status.py" line="+23"/>
        <source>⚠ 1 print job did not print</source>
        <translation>⚠ 1 impressão não saiu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 print jobs did not print</source>
        <translation>⚠ %1 impressões não saíram</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/receipt_preview.py" line="+94"/>
        <source>No preview: a font the printer&apos;s pictures need is not installed.</source>
        <translation>Sem prévia: falta instalar uma fonte usada nas imagens da impressora.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/rider.py" line="+42"/>
        <source>Now with %1.</source>
        <translation>Agora com %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform tells the customer who is coming.</source>
        <translation>A plataforma avisa o cliente sobre quem vai entregar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No riders yet: add your riders in Settings → Riders.</source>
        <translation>Nenhum entregador ainda: cadastre-os em Configurações → Entregadores.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dispatch without a name</source>
        <translation>Despachar sem nome</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/connection_test.py" line="+37"/>
        <source>These settings cannot be used: %1</source>
        <translation>Estas configurações não podem ser usadas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform refused these credentials: %1</source>
        <translation>A plataforma recusou estas credenciais: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect: %1</source>
        <translation>Não foi possível conectar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform answered with a problem: %1</source>
        <translation>A plataforma respondeu com um problema: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform did not answer within %1 s.</source>
        <translation>A plataforma não respondeu em %1 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: the platform accepted these credentials.</source>
        <translation>Conectado: a plataforma aceitou estas credenciais.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/store.py" line="+60"/>
        <location filename="../kds/ui/windows/main_window.py" line="-483"/>
        <location line="+514"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Until resumed</source>
        <translation>Até retomar</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet — retrying: %1</source>
        <translation>ainda não enviado — tentando de novo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet — retrying</source>
        <translation>ainda não enviado — tentando de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>ainda não enviado</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+211"/>
        <source>reopening %1</source>
        <translation>reabertura %1</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · until resumed</source>
        <translation>%1 · até retomar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · resumes %2 (%3)</source>
        <translation>%1 · retoma às %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused — %1</source>
        <translation>Pausado — %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>On which platforms:</source>
        <translation>Em quais plataformas:</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/report.py" line="+190"/>
        <location filename="../kds/ui/sheets/store.py" line="+1"/>
        <source>All platforms</source>
        <translation>Todas as plataformas</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/store.py" line="+5"/>
        <source>Pause new orders:</source>
        <translation>Pausar novos pedidos:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or pause until a time:</source>
        <translation>Ou pausar até um horário:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Busy: add minutes to the preparation time sent on confirm, for an hour:</source>
        <translation>Movimento alto: somar minutos ao tempo de preparo enviado ao confirmar, por uma hora:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End busy</source>
        <translation>Encerrar movimento alto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sold out…</source>
        <translation>Esgotados…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Busy adds its minutes to the preparation time sent on confirm.</source>
        <translation>O movimento alto soma seus minutos ao tempo de preparo enviado ao confirmar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy changes nothing here: this platform takes no preparation time on confirm.</source>
        <translation>Movimento alto não muda nada aqui: esta plataforma não recebe tempo de preparo ao confirmar.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pause until %1</source>
        <translation>Pausar até %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pause it on the platform&apos;s own tablet</source>
        <translation>Pause no tablet da própria plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taking orders</source>
        <translation>Recebendo pedidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until resumed</source>
        <translation>Pausado até retomar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until %1</source>
        <translation>Pausado até %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>busy +%1 min</source>
        <translation>movimento alto +%1 min</translation>
    </message>
    <message>
        <location filename="../kds/ui/setup/stations_form.py" line="+0"/>
        <source>Counter</source>
        <translation>Balcão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expo</source>
        <translation>Expedição</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word in the name</source>
        <translation>Palavra no nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item code</source>
        <translation>Código do item</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kitchen stations</source>
        <translation>Praças da cozinha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This screen</source>
        <translation>Esta tela</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This screen is</source>
        <translation>Esta tela é</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter: every order and every action. Kitchen station: only the lines routed to it, in big type; tap a line when it is made, Bump when the station&apos;s part is done. Expo: every order with each station&apos;s progress.</source>
        <translation>Balcão: todos os pedidos e todas as ações. Praça da cozinha: só os itens enviados a ela, em letra grande; toque num item quando ficar pronto e em Concluir quando a parte da praça estiver feita. Expedição: todos os pedidos, com o andamento de cada praça.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which station</source>
        <translation>Qual praça</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restaurant&apos;s stations</source>
        <translation>As praças do restaurante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by every screen of the restaurant. Names as the kitchen says them: GRILL, DRINKS.</source>
        <translation>Iguais em todas as telas do restaurante. Nomes como a cozinha fala: CHAPA, BEBIDAS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station name</source>
        <translation>Nome da praça</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a station</source>
        <translation>Adicionar praça</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines no rule matches go to</source>
        <translation>Itens sem regra vão para</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routing rules</source>
        <translation>Regras de envio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried from the top; the first that matches decides. A word matches the item&apos;s name in any language the platform sends, without accents or capitals.</source>
        <translation>Testadas de cima para baixo; a primeira que servir decide. Uma palavra vale para o nome do item em qualquer idioma que a plataforma enviar, sem acentos nem maiúsculas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. suco, 茶, drinks, SKU-123</source>
        <translation>ex.: suco, 茶, bebidas, SKU-123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1</source>
        <translation>Regra %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goes to</source>
        <translation>Vai para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this rule</source>
        <translation>Remover esta regra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a rule</source>
        <translation>Adicionar regra</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Two stations have the same name.</source>
        <translation>Duas praças têm o mesmo nome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which station this kitchen screen is.</source>
        <translation>Escolha qual praça é esta tela da cozinha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule %1: choose the station it goes to.</source>
        <translation>Regra %1: escolha a praça para onde vai.</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/recall.py" line="-16"/>
        <source>Recall a bumped order</source>
        <translation>Rechamar um pedido concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap an order to bring it back to the screen.</source>
        <translation>Toque num pedido para trazê-lo de volta à tela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing bumped yet.</source>
        <translation>Nenhum pedido concluído ainda.</translation>
    </message>
    <message>
        <location filename="../kds/ui/viewmodels/stations.py" line="-70"/>
        <source>+ 1 item at %1</source>
        <translation>+ 1 item na praça %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1 items at %2</source>
        <translation>+ %1 itens na praça %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 done</source>
        <translation>%1 pronta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 working</source>
        <translation>%1 preparando</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+17"/>
        <source>Bump</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location filename="../kds/ui/widgets/report_charts.py" line="+102"/>
        <source>Orders per hour</source>
        <translation>Pedidos por hora</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time to accept</source>
        <translation>Tempo p/ aceitar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deadline %1</source>
        <translation>Prazo %1</translation>
    </message>
    <message>
        <location filename="../kds/ui/sheets/sold_out.py" line="+69"/>
        <source>told</source>
        <translation>avisada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>telling…</source>
        <translation>avisando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed — retrying</source>
        <translation>falhou — tentando de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed — mark it again or do it on the platform&apos;s tablet</source>
        <translation>falhou — marque de novo ou faça no tablet da plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be told here: %1</source>
        <translation>não dá para avisar daqui: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>do it on the platform&apos;s tablet</source>
        <translation>faça no tablet da plataforma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SOLD OUT until switched back</source>
        <translation>ESGOTADO até ser reativado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOLD OUT until %1</source>
        <translation>ESGOTADO até %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sold out</source>
        <translation>Esgotados</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search dishes (name or code)</source>
        <translation>Buscar pratos (nome ou código)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sold out until end of day</source>
        <translation>Esgotado até o fim do dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For %1 h</source>
        <translation>Por %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until switched back</source>
        <translation>Até reativar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back in stock</source>
        <translation>De volta ao estoque</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link with another dish…</source>
        <translation>Juntar com outro prato…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No dish found. Dishes appear here once they were ordered.</source>
        <translation>Nenhum prato ainda. Os pratos aparecem aqui depois de pedidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dish matches.</source>
        <translation>Nenhum prato encontrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to find the other %1 dishes.</source>
        <translation>Digite para achar os outros %1 pratos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tap the dish to link into the selected one.</source>
        <translation>Toque no prato a juntar ao selecionado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tap a dish to mark it sold out or back in stock.</source>
        <translation>Toque num prato para marcá-lo como esgotado ou de volta ao estoque.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>KDS tells it when you mark the dish</source>
        <translation>O KDS avisa quando você marcar o prato</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Split off</source>
        <translation>Separar</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/counts.py" line="+155"/>
        <source>All-day counts</source>
        <translation>Contagem de pratos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to cook, every platform. Tap a dish to find its tickets.</source>
        <translation>Ainda a preparar, todas as plataformas. Toque em um prato para encontrar os pedidos com ele.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to cook.</source>
        <translation>Nada a preparar.</translation>
    </message>
    <message>
        <location filename="../kds/ui/windows/store_wait.py" line="-14"/>
        <source>The board opens by itself as soon as the restaurant database answers.</source>
        <translation>O quadro abre sozinho assim que o banco de dados do restaurante responder.</translation>
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
        <translation>O KDS busca novos pedidos na Keeta a cada 30 segundos. Os IDs e o secret estão no portal de desenvolvedores da Keeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the store on Keeta for every merchant ID of this station, and opens it again.</source>
        <translation>Fecha a loja na Keeta para cada ID de comerciante desta estação e a abre de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Delivery only takes whole-menu updates: switch single dishes off on the Keeta tablet.</source>
        <translation>O Open Delivery só aceita atualizações do cardápio inteiro: desative pratos avulsos no tablet da Keeta.</translation>
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
        <translation>A Keeta envia os pedidos ao seu relay (kds relay); o KDS os busca lá em menos de um segundo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause on the Keeta tablet: KDS cannot close this store yet.</source>
        <translation>Pause no tablet da Keeta: o KDS ainda não consegue fechar esta loja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch dishes off on the Keeta tablet: KDS cannot do it there yet.</source>
        <translation>Desative pratos no tablet da Keeta: o KDS ainda não consegue fazer isso lá.</translation>
    </message>
    <message>
        <location filename="../kds/platforms/gofood/spec.py" line="+57"/>
        <source>GoFood</source>
        <translation>GoFood</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manual: staff accept within 3 minutes, or GoFood rejects</source>
        <translation>Manual: a equipe aceita em até 3 minutos, ou o GoFood recusa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept on timeout: accepted after 1 minute if nobody acts</source>
        <translation>Aceite automático no tempo limite: aceito após 1 minuto se ninguém agir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-accept: every order accepted at once</source>
        <translation>Aceite automático: todo pedido é aceito na hora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GoBiz</source>
        <translation>GoBiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GoFood sends orders to your relay (kds relay); KDS collects them there within a second. Choose the acceptance mode that is set at GoBiz.</source>
        <translation>O GoFood envia os pedidos para o seu relay (kds relay); o KDS os busca lá em até um segundo. Escolha o modo de aceite definido no GoBiz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closes the outlet on GoFood (force close) and opens it again.</source>
        <translation>Fecha a loja na GoFood (force close) e a abre de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch single dishes off in the GoBiz app: KDS cannot do it there yet.</source>
        <translation>Desative pratos avulsos no app GoBiz: o KDS ainda não consegue fazer isso lá.</translation>
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
        <translation>A Zeek envia os pedidos da Circle K ao seu relay (kds relay); o KDS os busca lá em até um segundo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The relay answers every CKGo stock check &quot;out of stock&quot; while paused.</source>
        <translation>Enquanto pausado, o relay responde &quot;sem estoque&quot; a toda consulta de estoque da CKGo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay answers CKGo&apos;s stock check for the dish &quot;out of stock&quot;; with the product update path set, CKGo&apos;s product list is switched too (BatchUpdateProduct).</source>
        <translation>O relay responde &quot;sem estoque&quot; à consulta de estoque da CKGo para o prato; com o caminho de atualização de produtos definido, a lista de produtos da CKGo também é alterada (BatchUpdateProduct).</translation>
    </message>
</context>
</TS>
