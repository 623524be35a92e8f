"""Descriptive Traffy tickets that allege an omission (``abuse_of_power``), in the same register as the service ones.

Written after reading real Bangkok tickets (never copied). The most common real complaint about officials is a
city problem described like any service ticket (where, what, since when, what it does to people) with one or two
clauses saying that the office tolerates it or refuses to act: "เจ้าหน้าที่เห็นแต่ปล่อยปละละเลย", "แจ้งเขตมา
หลายเดือนไม่เคยมาดำเนินการ เหมือนรู้เห็นเป็นใจ", "เทศกิจเดินผ่านแต่ไม่ทำอะไร", "บอกว่าไม่ใช่หน้าที่". That
clause is what makes them ``abuse_of_power`` (LABELS.md rule 1: omission counts); without it the same text is
``service_issue`` (see :mod:`real_descriptive_service`, whose places and effects these frames reuse). None says
or hints that anyone is paid (rule 2 would make it ``bribery``), and none rests on slowness alone (rule 3): each
says the officials saw, were told, or refused, and let the violation go on. The hardest, where the allegation is
a single short clause at the end of a long descriptive ticket, are marked ``hard="two_category"`` (service
problem and omission; the omission is the primary label).
"""

from training.corpus.frames.base import Frame
from training.corpus.frames.real_descriptive_service import (
    AT,
    EFFECT_TRAFFIC,
    EFFECT_WALK,
    ON,
    POLITE,
    ROAD,
    SINCE,
    SOI,
)

_CITY = ("web_form", "line_chat")
MONTHS = "[หลายเดือน|เกือบครึ่งปี|ตั้งแต่ต้นปี|สามสี่เดือน|หลายครั้ง]"

FRAMES: list[Frame] = [
    Frame(
        id="abuse_of_power.credible.real_om_grease_into_drain",
        category="abuse_of_power",
        credibility="credible",
        voice="neighbour of a restaurant that pours grease into the public drain; the district never inspects",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้านอาหาร|ร้านข้าวมันไก่|ร้านหมูกระทะ]" + AT + " " + ON + " "
            "[เทน้ำมันและเศษอาหารลงท่อระบายน้ำสาธารณะ|ต่อท่อปล่อยน้ำเสียจากครัวลงรางระบายน้ำหน้าร้าน"
            "|ล้างภาชนะแล้วปล่อยน้ำลงท่อโดยไม่มีบ่อดักไขมัน] "
            "[ทำให้ท่ออุดตันและส่งกลิ่นเหม็นไปทั้งซอย|ทำให้เวลาฝนตกน้ำเอ่อขึ้นมาเป็นคราบมัน] "
            "[แจ้งมา" + MONTHS + " ไม่เคยมีเจ้าหน้าที่เข้ามาตรวจ ปล่อยให้ทำแบบเดิมต่อไป"
            "|เจ้าหน้าที่เขตรู้เรื่องแต่ปล่อยปละละเลย ไม่เคยสั่งให้ร้านทำบ่อดักไขมัน]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_hardware_goods_on_footpath",
        category="abuse_of_power",
        credibility="credible",
        voice="pedestrian: a hardware shop stacks goods on the footpath and the tesakit walk past",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้านวัสดุก่อสร้าง|ร้านขายเหล็ก|ร้านเฟอร์นิเจอร์]" + AT + " " + ROAD + " "
            "[วางสินค้าเต็มทางเท้าตั้งแต่เช้าจนถึงเย็น|ตั้งกองสินค้าบนทางเท้าจนเต็ม|วางของขายเต็มฟุตบาท] "
            + EFFECT_WALK
            + " [เทศกิจเดินผ่านเป็นประจำแต่ไม่เคยทำอะไร|เจ้าหน้าที่เทศกิจเห็นอยู่แต่ปล่อยให้วางแบบนี้มาเป็นปี"
            "|เทศกิจเขต{khet}เดินผ่านหน้าร้านแต่ไม่เคยตักเตือน]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_tyre_shop_uses_lane",
        category="abuse_of_power",
        credibility="credible",
        voice="driver: a tyre shop works on cars in the traffic lane; the traffic police at the junction let it go",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้านปะยาง|ร้านเปลี่ยนยางและช่วงล่าง|อู่ซ่อมมอเตอร์ไซค์]" + AT + " " + ROAD + " "
            "[ใช้ช่องจราจรซ้ายสุดเป็นที่ซ่อมรถ|จอดรถลูกค้ากินเลนถนนไปหนึ่งช่อง|ยกรถซ่อมกันบนผิวถนน] "
            "[ช่วงเวลาประมาณแปดโมงถึงหกโมงเย็น|เกือบทั้งวัน] " + EFFECT_TRAFFIC + " "
            "[ตำรวจจราจรที่ยืนอยู่ที่แยกเห็นอยู่แต่ปล่อยปละละเลย|ตำรวจขับผ่านเห็นแต่ไม่เคยเรียกตักเตือน"
            "|แจ้ง สน.{khet} แล้วตำรวจบอกว่าเดี๋ยวเขาก็เก็บ แล้วก็ไม่มีใครมา]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_night_dumping_plate_given",
        category="abuse_of_power",
        credibility="credible",
        voice="resident who gave the district the dumper's plate; the district never acted",
        channels=_CITY,
        setting="city",
        text=(
            "มีรถกระบะ[มาทิ้งขยะและเศษวัสดุ|ขนเศษปูนมาเทกอง|มาทิ้งถุงขยะ]" + AT + " " + ON + " "
            "[เวลาประมาณตีหนึ่งถึงตีสาม|เกือบทุกคืน|ช่วงดึกหลายครั้งต่อสัปดาห์] "
            "[ทำให้กองขยะสูงขึ้นเรื่อยๆ และส่งกลิ่นเหม็น|ทำให้ทางเท้ากลายเป็นที่ทิ้งขยะ] "
            "[ชาวบ้านถ่ายรูปทะเบียนรถส่งให้เขตแล้ว|ส่งคลิปและเลขทะเบียนให้เจ้าหน้าที่เขตแล้ว] "
            "[แต่เขตไม่เคยดำเนินการกับคนทิ้ง ปล่อยให้มาทิ้งซ้ำ|เจ้าหน้าที่รับไว้แต่ไม่เคยเอาผิดใคร เหมือนไม่อยากทำ]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_workshop_fumes_wont_enter",
        category="abuse_of_power",
        credibility="credible",
        voice="resident near a spray-paint workshop; officers came but refused to go in",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[อู่พ่นสีรถยนต์|โรงงานพ่นสีเฟอร์นิเจอร์|ร้านพ่นสีและเคาะรถ]" + "[ใน" + SOI + "|" + AT + " " + ON + "]"
            " [พ่นสีโดยไม่มีห้องพ่นสี|เปิดประตูพ่นสีออกมาทางถนน] [ช่วงเวลากลางวัน|ตั้งแต่เช้าจนถึงค่ำ] "
            "[กลิ่นทินเนอร์เข้าบ้านจนเด็กเวียนหัว|ละอองสีติดรถและหลังคาบ้านข้างเคียง] "
            "[เจ้าหน้าที่เขตลงมาแล้วแต่ยืนดูแค่หน้าร้าน ไม่ยอมเข้าไปตรวจ และบอกว่าไม่อยากมีปัญหากับเจ้าของ"
            "|แจ้งเขตไปหลายครั้ง เจ้าหน้าที่บอกว่าเป็นร้านเก่าแก่ ไม่ยอมดำเนินการอะไร]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_unloading_lane_police_watch",
        category="abuse_of_power",
        credibility="credible",
        voice="commuter: lorries unload in the lane every morning, the traffic police stand and watch",
        channels=_CITY,
        setting="city",
        text=(
            "[รถบรรทุกส่งผลไม้|รถส่งน้ำแข็ง|รถหกล้อส่งของเข้าตลาด]จอดลงของในช่องจราจร[หน้าตลาด|ตรงปากทางเข้าตลาด|หน้าห้างค้าส่ง|บริเวณหน้าตลาดสด] "
            + ROAD
            + " "
            "[ตั้งแต่ตีห้าถึงแปดโมงเช้า|ช่วงเช้ามืดจนถึงเวลาเร่งด่วน] " + EFFECT_TRAFFIC + " "
            "[ตำรวจจราจรยืนอยู่ตรงนั้นแต่ไม่เคยสั่งให้ย้าย|ตำรวจที่มาโบกรถเห็นอยู่แต่ปล่อยให้จอด"
            "|แจ้งตำรวจไปแล้วก็ยังปล่อยให้จอดลงของแบบเดิม]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_ramp_over_drain_complicit",
        category="abuse_of_power",
        credibility="credible",
        voice="neighbour: a shop poured a concrete ramp over the public drain; months of reports, no action",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้านค้า|บ้านเลขที่ติดกับร้านซ่อมรถ|อาคารพาณิชย์หัวมุม]" + AT + " " + ON + " "
            "[เทปูนทำทางลาดปิดทับรางระบายน้ำสาธารณะ|ยกพื้นคอนกรีตคลุมท่อระบายน้ำหน้าร้าน|ก่อแท่นปูนทับฝาบ่อพัก] "
            "[ทำให้น้ำระบายไม่ได้และท่วมขังหน้าบ้านข้างเคียง|ทำให้เวลาฝนตกน้ำไหลย้อนเข้าบ้านในซอย] "
            "[แจ้งมา" + MONTHS + "ไม่เคยมาดำเนินการ เหมือนรู้เห็นเป็นใจ"
            "|เจ้าหน้าที่มาดูแล้วรู้ว่าผิดแต่ไม่สั่งรื้อ ปล่อยไว้แบบนั้น]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_cones_reserve_parking",
        category="abuse_of_power",
        credibility="credible",
        voice="resident: shops reserve the public soi with cones; the tesakit refuse to remove them",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้านค้าในซอย|บ้านหลายหลังในซอย|ร้านอาหารปากซอย]" + "[" + SOI + "| " + ON + "]"
            " [ตั้งกรวยและกระถางต้นไม้จองที่จอดรถบนถนนสาธารณะ|วางยางรถและเก้าอี้กั้นที่จอดหน้าร้าน] "
            "[ทำให้ซอยแคบลงจนรถสวนกันไม่ได้|ทำให้รถในซอยไม่มีที่จอดและรถพยาบาลเข้าลำบาก] "
            "[เทศกิจมาดูแล้วบอกว่าเป็นเรื่องของคนในซอย ไม่ยอมยกออก|แจ้งเทศกิจไปแล้ว เจ้าหน้าที่บอกให้ไปตกลงกันเอง"
            " ทั้งที่เป็นที่สาธารณะ]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_site_warning_no_followup",
        category="abuse_of_power",
        credibility="credible",
        voice="resident near a building site that keeps breaking the rules after a written warning",
        channels=_CITY,
        setting="city",
        text=(
            "[ไซต์ก่อสร้างคอนโด|โครงการก่อสร้างอาคารสูง|ไซต์งานก่อสร้างโกดัง]" + AT + " " + ON + " "
            "[ยังทำงานหลังสี่ทุ่มและปล่อยรถขนดินทำดินตกเต็มถนน|ยังเทปูนตอนดึกและตั้งวัสดุบนทางเท้า] "
            "[ทำให้คนในชุมชนนอนไม่หลับและถนนลื่น|ทำให้ฝุ่นและเสียงรบกวนบ้านเรือนข้างเคียง] "
            "[เขตเคยออกหนังสือเตือนไปแล้วแต่ไม่เคยติดตามผล ปล่อยให้ทำผิดซ้ำ"
            "|เจ้าหน้าที่บอกว่าตักเตือนแล้ว แต่ไม่เคยกลับมาดูและไม่สั่งหยุดงาน ทั้งที่ยังทำผิดอยู่]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_park_used_as_car_park",
        category="abuse_of_power",
        credibility="credible",
        voice="park user: a business parks its customers' cars in the public park; the district lets it",
        channels=_CITY,
        setting="city",
        text=(
            "[ลานจอดรถของสวนสาธารณะ|สนามหญ้าในสวนหย่อม|ลานกีฬาชุมชน]" + "[ริม" + ROAD + "| เขต{khet}]"
            " [ถูกร้านอาหารข้างๆ ใช้เป็นที่จอดรถลูกค้า|ถูกโชว์รูมรถใช้จอดรถของร้าน|มีคนมาล้อมรั้วใช้เป็นที่จอดรถส่วนตัว] "
            "[ช่วงเย็นจนถึงดึก|ตลอดวัน] "
            "[ทำให้คนที่มาออกกำลังกายไม่มีที่จอดและเด็กวิ่งเล่นไม่ได้|ทำให้หญ้าตายและพื้นพัง] "
            "[สำนักงานเขตรู้แต่ไม่เคยดำเนินการ ปล่อยให้ใช้แบบนี้มาเป็นปี|เจ้าหน้าที่สวนเห็นอยู่แต่ไม่เคยห้ามปราม]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_refused_at_counter",
        category="abuse_of_power",
        credibility="credible",
        voice="resident who went to the district counter to report a nuisance and was refused",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[ไปแจ้งที่สำนักงานเขต{khet}ด้วยตัวเอง|เดินไปแจ้งที่ฝ่ายสิ่งแวดล้อมเขต|ไปติดต่อที่เขตเมื่อวาน]"
            " เรื่อง[เสียงดังจากโกดังที่ขนของตอนกลางคืน|กลิ่นเหม็นจากร้านรับซื้อของเก่า|ควันจากร้านปิ้งย่าง]"
            + AT
            + " "
            + ON
            + " [เจ้าหน้าที่ไม่ยอมรับเรื่อง บอกให้ไปแจ้งตำรวจ แล้วตำรวจก็ส่งกลับมาที่เขต"
            "|เจ้าหน้าที่บอกว่าไม่รับเรื่องนี้ ให้ไปฟ้องศาลเอง ทั้งที่เป็นเรื่องเหตุรำคาญที่เขตต้องดูแล]"
            " [ตอนนี้ยังเดือดร้อนเหมือนเดิม|ไม่มีหน่วยงานไหนยอมรับผิดชอบ]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_pole_bounced_between_offices",
        category="abuse_of_power",
        credibility="credible",
        voice="shopkeeper whose reports on a dangerous pole are bounced between the district and the utility",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[เสาไฟฟ้าเอียง|เสาไฟที่ฐานแตก|เสาสายสื่อสารเอียงพาดตึก]" + AT + " " + ON + " "
            "[แจ้งมาสี่ครั้งแล้ว|แจ้งทั้งทางแอปและทางโทรศัพท์หลายรอบ] "
            "[เขตปิดเรื่องว่าเป็นของการไฟฟ้า การไฟฟ้าก็บอกว่าให้ไปแจ้งเขต"
            "|ทั้งเขตและการไฟฟ้าตอบว่าไม่ใช่หน่วยงานรับผิดชอบ] "
            "[โยนกันไปมา ไม่มีใครยอมมาดู ทั้งที่เสาเอียงจะล้มอยู่แล้ว|ปัดความรับผิดชอบกันไปมาจนตอนนี้ไม่มีใครมาแก้]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_gas_stall_bus_stop",
        category="abuse_of_power",
        credibility="credible",
        voice="bus rider: a stall cooks with a gas tank at the bus stop; the tesakit pretend not to see",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้านขายอาหารตั้งถังแก๊สทอดของ|แผงลอยตั้งเตาแก๊ส|รถเข็นตั้งกระทะทอด]"
            "[ใต้ศาลาที่พักผู้โดยสาร|ตรงป้ายรถเมล์|ติดทางขึ้นรถไฟฟ้า]" + " " + ROAD + " "
            "[ทำให้คนรอรถไม่มีที่ยืนและต้องลงไปรอบนถนน|มีควันและน้ำมันกระเด็นใส่คนรอรถ] "
            "[เป็นอันตรายหากแก๊สรั่ว |]"
            "[เทศกิจผ่านมาก็ทำเป็นมองไม่เห็น|เจ้าหน้าที่เทศกิจเดินผ่านเป็นประจำแต่ปล่อยให้ตั้งขายต่อ]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_trailers_overnight_patrol",
        category="abuse_of_power",
        credibility="credible",
        voice="night-shift worker: trailers park overnight along a main road; the patrol car passes and leaves them",
        channels=_CITY,
        setting="city",
        text=(
            "[รถพ่วง|รถบรรทุกสิบล้อ|รถหัวลาก]จอดเรียงยาว" + "[ริม" + ROAD + "|ใต้ทางด่วน " + ROAD + "]"
            " [ตั้งแต่หัวค่ำจนถึงเช้า|ช่วงเวลาสามทุ่มถึงหกโมงเช้า] "
            "[ไม่เปิดไฟและกินช่องจราจรไปหนึ่งช่อง|จอดซ้อนกันจนเหลือเลนเดียว] "
            "[เคยมีมอเตอร์ไซค์ชนท้ายไปแล้ว|รถต้องเบี่ยงออกกลางถนนในที่มืด] "
            "[รถสายตรวจของ สน.{khet}ขับผ่านเป็นประจำแต่ปล่อยไว้|แจ้งตำรวจหลายครั้ง ตำรวจมาดูแล้วก็ปล่อยให้จอดต่อ]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_public_trees_cut_for_sign",
        category="abuse_of_power",
        credibility="credible",
        voice="resident: a shop cut the public trees to show its sign; the district did nothing",
        channels=_CITY,
        setting="city",
        text=(
            "[ต้นไม้ริมทางเท้า|ต้นไม้ใหญ่บนเกาะกลางถนน|ต้นไม้หน้าอาคาร]" + AT + " " + ROAD + " "
            "[ถูกร้านค้าข้างๆ ตัดจนเหลือแต่ตอ|ถูกตัดกิ่งจนโกร๋นเพื่อให้เห็นป้ายร้าน|ถูกโค่นไป [2|3] ต้น] "
            "[เห็นคนงานของร้านเป็นคนตัด|ทำตอนเช้ามืดวันอาทิตย์] "
            "[แจ้งเขตไปแล้ว เจ้าหน้าที่บอกว่ารู้ว่าใครตัดแต่ไม่ดำเนินการอะไร"
            "|เขตไม่เอาผิดและไม่แม้แต่จะลงมาดู ทั้งที่เป็นต้นไม้ของ กทม.]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_private_bumps_left",
        category="abuse_of_power",
        credibility="credible",
        voice="driver: a resident built high concrete bumps on the public soi; the district knows and leaves them",
        channels=_CITY,
        setting="city",
        text=(
            "[มีบ้านในซอยสร้างลูกระนาดปูนสูงเอง|มีคนเทปูนทำเนินกั้นรถกลางซอย|มีร้านค้าก่อขอบปูนยื่นลงถนน]"
            + "[ใน"
            + SOI
            + "|"
            + AT
            + " "
            + ON
            + "]"
            " [สูงจนรถเก๋งครูดใต้ท้อง|มอเตอร์ไซค์ตกเนินล้มไปหลายคัน|ไม่มีสีหรือไฟเตือน] "
            "[เจ้าหน้าที่เขตลงมาดูแล้วยอมรับว่าสร้างโดยไม่ได้รับอนุญาต แต่บอกว่าไม่อยากมีเรื่องกับคนในซอย ปล่อยไว้"
            "|เขตรู้ว่าผิดแต่ไม่สั่งรื้อ]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_cleared_only_for_inspection",
        category="abuse_of_power",
        credibility="credible",
        voice="regular commuter: stalls vanish only on inspection days and the officers let them back",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[แผงลอย|ร้านขายของบนทางเท้า|รถเข็นขายอาหาร]" + AT + " " + ROAD + " "
            "[ตั้งเต็มทางเท้าจนคนต้องเดินลงถนน|ตั้งขายกินพื้นที่ทางเท้าทั้งแนว] "
            "[จะหายไปเฉพาะวันที่ผู้บริหารลงมาตรวจ|เก็บหมดแค่วันที่มีผู้ใหญ่มาดูพื้นที่] "
            "[พอผู้ใหญ่กลับเทศกิจก็ปล่อยให้ตั้งเหมือนเดิม|เจ้าหน้าที่รู้ดีแต่ปล่อยให้กลับมาตั้งในวันรุ่งขึ้น]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_operator_paint_on_road",
        category="abuse_of_power",
        credibility="credible",
        voice="call-centre operator writing up a caller's repeated report; the caller says the district neglects its duty",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ผู้ร้องแจ้งว่า[ร้านซ่อมรถ|ร้านเคาะพ่นสี|ร้านประดับยนต์]" + AT + " " + SOI + " เขต{khet} "
            "[ใช้ถนนในซอยเป็นที่พ่นสีและซ่อมรถ|นำรถลูกค้ามาจอดซ่อมบนถนนสาธารณะ] "
            "[ทำให้รถในซอยสัญจรไม่สะดวกและมีกลิ่นสี|ทำให้ซอยแคบลงและมีคราบน้ำมันบนถนน] "
            "[ผู้ร้องแจ้งสำนักงานเขตไปแล้วหลายครั้ง|ผู้ร้องเคยแจ้งมาแล้ว [3|4] ครั้ง] "
            "[แต่เจ้าหน้าที่ไม่เคยลงพื้นที่ ผู้ร้องเห็นว่าเป็นการละเว้นการปฏิบัติหน้าที่"
            "|เจ้าหน้าที่รับเรื่องแต่ไม่เคยดำเนินการกับร้าน ผู้ร้องเห็นว่าเขตปล่อยปละละเลย]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_formal_awning_on_footpath",
        category="abuse_of_power",
        credibility="credible",
        voice="resident writing a short complaint in the formal register about a restaurant's structure on the footpath",
        channels=("web_form", "letter"),
        setting="city",
        text=(
            "ขอร้องเรียน[สำนักงานเขต{khet}|ฝ่ายเทศกิจเขต{khet}|ฝ่ายโยธาเขต{khet}] "
            "กรณี[ปล่อยให้ร้านอาหาร|ปล่อยให้อาคารพาณิชย์]" + AT + " " + ROAD + " "
            "[ต่อเติมกันสาดและตั้งโครงเหล็กบนทางเท้า|ก่อสร้างแผงกั้นถาวรบนทางเท้า|ตั้งโต๊ะและเตาประกอบอาหารบนทางเท้าเป็นการถาวร] "
            "[เป็นเวลาหลายเดือน|ตั้งแต่ต้นปี] แม้จะมีผู้ร้องเรียนหลายราย "
            "[แต่ไม่มีการดำเนินการตามกฎหมาย|แต่หน่วยงานไม่ดำเนินการรื้อถอนหรือเปรียบเทียบปรับ] "
            "[ซึ่งเข้าข่ายละเว้นการปฏิบัติหน้าที่|จึงขอให้ตรวจสอบเจ้าหน้าที่ผู้รับผิดชอบ]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_selective_newcomer_stalls",
        category="abuse_of_power",
        credibility="credible",
        voice="vendor's neighbour: the tesakit seize goods of new stalls only, the old ones stay",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "เทศกิจ[เขต{khet}|]มาจัดระเบียบทางเท้า" + AT + " " + ROAD + " "
            "[แต่ยกของเฉพาะร้านที่เพิ่งมาตั้งใหม่|แต่ไล่เฉพาะรถเข็นเล็กๆ] "
            "[ส่วนร้านใหญ่ที่ตั้งโต๊ะเต็มทางเท้าตั้งขายได้ตามปกติ|ร้านเจ้าเดิมที่กินพื้นที่มากกว่าไม่เคยโดนอะไร] "
            "[เป็นการเลือกปฏิบัติ|ใช้กฎหมายไม่เท่ากัน] "
            "[ทางเท้ายังเดินไม่ได้เหมือนเดิม|ทำให้ปัญหาทางเท้าไม่เคยหมดไป]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_canal_filled_not_stopped",
        category="abuse_of_power",
        credibility="credible",
        voice="canal-side resident: someone fills the canal bank with soil; officers saw and did not stop it",
        channels=_CITY,
        setting="city",
        text=(
            "[มีการถมดินรุกล้ำลงไปในคลอง|มีคนตอกเข็มและถมดินขยายที่ลงคลอง|มีการสร้างรั้วรุกล้ำแนวคลอง]"
            "[ริมคลองเขต{khet}|หลังชุมชน" + "ใน" + SOI + "]"
            " " + SINCE + " [ทำให้คลองแคบลงและน้ำระบายไม่สะดวก|ทำให้เรือเก็บขยะเข้าไม่ได้] "
            "[เจ้าหน้าที่เขตลงมาดูแล้วแต่ไม่สั่งหยุด ปล่อยให้ถมต่อ|แจ้งเขตไปตั้งแต่เริ่มทำ เจ้าหน้าที่เห็นแต่ปล่อยให้ทำจนเสร็จ]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_chemical_store_told_not_to_meddle",
        category="abuse_of_power",
        credibility="credible",
        voice="resident: a shophouse stores chemicals among homes; the officer told the reporter not to meddle",
        channels=_CITY,
        setting="city",
        text=(
            "[ห้องแถวในซอย|ตึกแถว|โกดังเล็กท้ายซอย]" + "[" + SOI + "| " + ON + "]"
            " [ถูกใช้เป็นที่เก็บถังสารเคมีและถังแก๊สจำนวนมาก|ใช้เก็บถังทินเนอร์วางเต็มหน้าร้าน] "
            "[อยู่ติดบ้านเรือนและโรงเรียนอนุบาล|มีกลิ่นฉุนทั้งวัน] "
            "[เมื่อแจ้งเขต เจ้าหน้าที่บอกกับผู้แจ้งว่าไม่ต้องยุ่ง แล้วก็ไม่เคยมาตรวจ"
            "|เจ้าหน้าที่มาดูแล้วบอกว่าเรื่องเล็ก ไม่ดำเนินการอะไรทั้งที่ไม่มีใบอนุญาต]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_male_told_dont_interfere",
        category="abuse_of_power",
        credibility="credible",
        voice="man who asked a tesakit officer on the spot and was told to mind his own business",
        channels=_CITY,
        setting="city",
        speaker="male",
        text=(
            "[ผมเดินไปบอก|ผมเข้าไปถาม]เจ้าหน้าที่เทศกิจที่ยืนอยู่" + AT + " " + ROAD + " "
            "[เรื่องร้านที่ตั้งโต๊ะเต็มทางเท้า|เรื่องรถเข็นที่จอดขวางทางลงสะพานลอย] "
            "[เจ้าหน้าที่บอกว่าอย่ามายุ่ง ร้านเขาขายมานานแล้ว แล้วก็เดินไป|เจ้าหน้าที่บอกว่าไม่ใช่เรื่องของผม แล้วปล่อยให้ขายต่อ] "
            "[ทั้งที่มีป้ายห้ามตั้งวางอยู่ตรงนั้น|ทางเท้ายังเดินไม่ได้เหมือนเดิม]ครับ"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_female_told_settle_yourselves",
        category="abuse_of_power",
        credibility="credible",
        voice="woman whose reports about a shop's exhaust fan on the footpath were pushed back to her",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "[ร้านปิ้งย่าง|ร้านหมูทอด|ร้านอาหารตามสั่ง]" + AT + " " + ON + " "
            "[ตั้งพัดลมดูดควันเป่าออกมาทางเท้า|ตั้งเตาถ่านบนทางเท้าหน้าร้าน] "
            "[ควันและกลิ่นเข้าบ้านจนลูกไอทั้งคืน|คนเดินผ่านต้องกลั้นหายใจ] "
            "[แจ้งไปสามครั้ง เจ้าหน้าที่โทรมาบอกให้ไปตกลงกับเจ้าของร้านเอง ไม่ยอมเข้ามาดู"
            "|เจ้าหน้าที่เขตรับเรื่องแล้วบอกว่าเป็นเรื่องส่วนตัว ไม่ยอมดำเนินการ]ค่ะ"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_moto_repair_footpath_months",
        category="abuse_of_power",
        credibility="credible",
        voice="elderly neighbour's relative: a motorbike shop fills the footpath; the district has ignored reports for months",
        channels=_CITY,
        setting="city",
        text=(
            "ร้านซ่อมมอเตอร์ไซค์" + AT + " " + ON + " "
            "[ใช้ทางเท้าทั้งหมดเป็นที่ซ่อมและจอดรถ|ตั้งรถลูกค้าเต็มฟุตบาท|มีน้ำมันเครื่องหกเต็มทางเท้า] "
            "[ทำให้ผู้สูงอายุในบ้านติดกันออกจากบ้านลำบาก|ทำให้คนเดินต้องเดินลงถนนที่รถวิ่งเร็ว] "
            "[แจ้งเขตมา" + MONTHS + " เจ้าหน้าที่เพิกเฉย ไม่เคยมาดูสักครั้ง"
            "|เจ้าหน้าที่รับเรื่องทุกครั้งแต่ไม่เคยทำอะไร ปล่อยให้เป็นแบบนี้]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_om_never_inspect_anything",
        category="abuse_of_power",
        credibility="frivolous",
        voice="writer saying officials never inspect anything, with no place, act or matter named",
        channels=_CITY,
        setting="city",
        text=(
            "[เจ้าหน้าที่ไม่เคยมาตรวจอะไรเลย|ไม่เคยเห็นเจ้าหน้าที่มาตรวจสักครั้ง|แจ้งอะไรไปก็ไม่มีใครมาตรวจ"
            "|แจ้งเขตมากี่ครั้งก็ไม่มีใครมาดู|เขตมาดูทีก็เหมือนไม่ได้มา] "
            "[ปล่อยปละละเลยทุกเรื่อง|ละเลยหน้าที่กันหมด|เพิกเฉยกับประชาชน] "
            "[ฝนตกน้ำท่วมก็ไม่สน ร้านวางของก็ไม่สน|จะร้องเรียนไปก็เท่านั้น|เป็นแบบนี้มานานแล้ว]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.frivolous.real_om_no_law_pickups_motorbikes",
        category="abuse_of_power",
        credibility="frivolous",
        voice="writer ranting that nobody enforces anything against pick-ups and motorbikes anywhere",
        channels=_CITY,
        setting="city",
        text=(
            "[รถกระบะ มอไซค์ จอดกันมั่วไปหมด|มอไซค์ขึ้นทางเท้ากันทั้งเมือง|รถกระบะขายของจอดกันทุกที่] "
            "[ตำรวจไม่เคยทำอะไร|เทศกิจก็ไม่เคยทำอะไร|เจ้าหน้าที่ปล่อยหมด] "
            "[บ้านเมืองไม่มีกฎหมาย|ไม่รู้จะมีไว้ทำไม|เหนื่อยจะแจ้งแล้ว]" + POLITE
        ),
    ),
    # ------------------------------------------------------------------ short: one line of problem, one clause of omission
    Frame(
        id="abuse_of_power.credible.real_om_short_sewage_truck_drain",
        category="abuse_of_power",
        credibility="credible",
        voice="short ticket: a septic truck empties into the street drain, the district was told and did nothing",
        channels=_CITY,
        setting="city",
        text=(
            "[รถดูดส้วมมาปล่อยของเสียลงท่อระบายน้ำ|รถดูดส้วมแอบเทสิ่งปฏิกูลลงรางระบายน้ำ]" + AT + " " + ON + " "
            "[ตอนดึก |เกือบทุกสัปดาห์ |][กลิ่นเหม็นทั้งซอย |]"
            "[แจ้งเขตแล้วแต่ไม่เคยดำเนินการ|เขตรู้แต่ปล่อยปละละเลย]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_short_site_no_fence",
        category="abuse_of_power",
        credibility="credible",
        voice="short ticket: a building site has no fence over the footpath, the district inspected and ordered nothing",
        channels=_CITY,
        setting="city",
        text=(
            "[ไซต์ก่อสร้าง|ตึกที่กำลังก่อสร้าง]" + AT + " " + ROAD + " "
            "[ไม่มีรั้วและตาข่ายกันของตก|ตั้งนั่งร้านบนทางเท้าโดยไม่มีหลังคาคลุม] "
            "[เศษปูนหล่นใส่คนเดิน|คนเดินต้องลงไปเดินบนถนน] "
            "[เจ้าหน้าที่เขตลงมาดูแล้วก็ไม่สั่งให้แก้ไข|เขตรับทราบแล้วแต่ปล่อยให้ทำต่อ]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_short_tuk_tuk_footpath",
        category="abuse_of_power",
        credibility="credible",
        voice="short ticket: tuk-tuks wait on the footpath in front of a mall while a traffic officer stands by",
        channels=_CITY,
        setting="city",
        text=(
            "[ตุ๊กตุ๊ก|รถรับจ้าง|แท็กซี่]จอดรอผู้โดยสารบนทางเท้า[หน้าห้าง|หน้าโรงแรม|หน้าตลาดนัด] " + ROAD + " "
            "[ตำรวจจราจรยืนอยู่ใกล้ๆ แต่ไม่เคยไล่|ตำรวจเห็นอยู่แต่ไม่เคยเรียกตักเตือน]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_short_market_wastewater",
        category="abuse_of_power",
        credibility="credible",
        voice="short ticket: a market lets fish-washing water run onto the road; the district knows",
        channels=_CITY,
        setting="city",
        text=(
            "[แผงปลาในตลาดสด|ร้านขายปลา|ร้านขายอาหารทะเล]" + AT + " " + ON + " "
            "[ปล่อยน้ำล้างปลาไหลลงถนน|เทน้ำแข็งและน้ำคาวปลาลงทางเท้า] "
            "[ส่งกลิ่นเหม็นและถนนลื่น |มีแมลงวันเต็ม |]"
            "[แจ้งมาหลายครั้ง เขตรู้แต่ไม่ดำเนินการ|เจ้าหน้าที่เห็นอยู่แต่ไม่เคยตักเตือน]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_short_dug_footpath_never_warned",
        category="abuse_of_power",
        credibility="credible",
        voice="short ticket: a private estate dug up the footpath and never restored it; the district said it would warn them and never did",
        channels=_CITY,
        setting="city",
        text=(
            "[หมู่บ้านจัดสรร|บ้านหลังหัวมุม|ร้านค้า]ขุดทางเท้าวางท่อเองแล้วไม่ทำคืน" + AT + " " + SOI + " "
            "[เป็นหลุมมาหลายเดือน |]"
            "[เขตบอกว่าจะไปตักเตือนแต่ไม่เคยไป|เจ้าหน้าที่บอกว่าจะสั่งให้ซ่อม แล้วก็เงียบ ไม่เคยติดตาม]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_om_short_forklift_across_road",
        category="abuse_of_power",
        credibility="credible",
        voice="short ticket: a wholesaler drives a forklift across the road all day; the police at the junction let it",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้านขายส่ง|โกดังสินค้า]" + AT + " " + ROAD + " ใช้รถโฟล์คลิฟท์ขนของข้ามถนน[ทั้งวัน|ในช่วงเวลาเร่งด่วน] "
            "[รถต้องหยุดกะทันหัน |เกือบชนกันหลายครั้ง |]"
            "[ตำรวจที่แยกเห็นแต่ปล่อย|แจ้งตำรวจแล้วบอกว่าไม่เป็นไร]" + POLITE
        ),
    ),
]
