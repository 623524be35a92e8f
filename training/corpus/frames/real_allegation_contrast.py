"""Contrast pairs (writer G): the service tickets of real_service_requests.py plus ONE clause that alleges.

Same settings (parking, building sites, canals and drains, animals, utilities, parks and markets), same terse
Traffy voice and the same ordinary words (เขต, แจ้ง, ตำรวจ, ป้อม, ปิดเรื่อง, เสร็จสิ้น, ตามรูป), so that what
decides the label is the clause, not the vocabulary:

- ``abuse_of_power`` (LABELS.md rule 1 and rule 3's far side): officials who see the violation and do not act,
  ignore repeated reports, or refuse ("ไม่ใช่หน้าที่"), said in one clause;
- ``misconduct`` (rule 4): a ticket closed as done when it was not ("ปิดเรื่องว่าแก้แล้วแต่ยังไม่ได้แก้"), and
  staff rudeness or dangerous driving of an official vehicle.

No payment is insinuated anywhere (that would be bribery, rule 2).
"""

from training.corpus.frames.base import Frame
from training.corpus.frames.real_service_issue import HOUSE_NO, LOC, ROAD, SOI, SOI_N, SPOT

_CITY = ("web_form", "line_chat")
TW = "[06.00-09.00|07.00-08.30|16.00-19.00|17.00-20.00|18.00-22.00|19.00-23.00]"
PHOTO = "[|||| ตามรูป| ตามภาพ| (รูปวันนี้)]"
ADDR = "[|||| เขต{khet}| เขต{khet}| แขวง{khwaeng} เขต{khet}]"
PAK_SOI = "[ปากซอย{bkk_road} " + SOI_N + "|ปากซ.{bkk_road}" + SOI_N + "]"
IN_SOI = "[ในซอย{bkk_road} " + SOI_N + "|ในซ.{bkk_road}" + SOI_N + "]"

FRAMES: list[Frame] = [
    # ================================================================== abuse_of_power: omission, refusal
    Frame(
        id="abuse_of_power.credible.real_g_abandoned_car_police_shrug",
        category="abuse_of_power",
        credibility="credible",
        voice="resident: abandoned car reported to the police, who came and refused to act",
        channels=_CITY,
        setting="city",
        text=(
            "[รถเก๋ง|รถกระบะ|รถตู้]จอดทิ้ง[ในซอย|ริมทาง|หน้าบ้านเลขที่ " + HOUSE_NO + "][ มาเป็นปี| หลายเดือนแล้ว]"
            "[ ทะเบียน {plate}|] " + SOI + ADDR + " "
            "[แจ้งตำรวจ สน.ในพื้นที่ไปแล้ว [3|4] ครั้ง|แจ้งไปหลายรอบแล้ว] "
            "[ตำรวจมาดูแล้วบอกว่าไม่ใช่หน้าที่ ให้ไปตามเจ้าของเอง|ตำรวจมาถ่ายรูปแล้วก็กลับ ไม่เคยดำเนินการอะไร"
            "|ได้คำตอบทุกครั้งว่าทำอะไรไม่ได้ ทั้งที่เป็นรถจอดทิ้งบนที่สาธารณะ]"
            "[[ รบกวนผู้บังคับบัญชาตรวจสอบ| อยากให้ดำเนินการตามหน้าที่|]||]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_g_police_refuse_parking_request",
        category="abuse_of_power",
        credibility="credible",
        voice="driver: the police told him to sort out a blocked driveway himself",
        channels=_CITY,
        setting="city",
        speaker="male",
        text=(
            "รถ[จอดขวางทางเข้าออกบ้าน|จอดขวางประตูบ้าน|จอดแช่หน้าบ้าน]ทุกวันช่วง " + TW + " น. " + SOI + " "
            "ผมขอให้ตำรวจ[มาจัดการ|มายกรถ|มาตักเตือน] "
            "[ตำรวจตอบว่าให้ไปเคลียร์กันเอง|ตำรวจบอกว่าเป็นเรื่องทางแพ่งไม่ใช่หน้าที่ตำรวจ"
            "|ตำรวจที่ป้อมตรงปากซอยบอกว่าไม่ว่างแล้วก็ไม่มา]"
            "[ ทั้งที่เป็นการจอดกีดขวางทางเข้าออก| ทั้งที่มีป้ายห้ามจอด|]ครับ"
            "[[ รบกวนตรวจสอบการปฏิบัติหน้าที่ด้วยครับ|]||]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_g_moto_taxi_police_watch",
        category="abuse_of_power",
        credibility="credible",
        voice="commuter: the traffic officer stands beside the taxi queue blocking the lane and lets it be",
        channels=_CITY,
        setting="city",
        text=(
            "วินมอเตอร์ไซค์จอดกินเลน[" + PAK_SOI + "|หน้าสถานีรถไฟฟ้า " + ROAD + "] "
            "[ช่วง " + TW + " น.|ทุกเย็น] "
            "[ตำรวจจราจรยืนอยู่ตรงนั้นเห็นทุกวันแต่ไม่เคยทำอะไร|ตำรวจที่ป้อมเห็นอยู่แต่ปล่อย|ตำรวจยืนคุยกับวินอยู่ด้วยซ้ำ ไม่เคยเรียกให้ย้าย]"
            "[ รถติดยาวถึงแยก| รถเมล์เข้าป้ายไม่ได้|]" + PHOTO + ""
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_g_site_noise_khet_ignores",
        category="abuse_of_power",
        credibility="credible",
        voice="condo resident: the district ignores repeated night-work reports",
        channels=_CITY,
        setting="city",
        hard="credible_insult",
        text=(
            "[แจ้งครั้งที่ 4|ครั้งที่5|แจ้งซ้ำเป็นรอบที่ [3|4]] "
            "ไซต์ก่อสร้าง" + SOI + ADDR + " [เทปูนกลางคืน|ตอกเข็มตอนตีหนึ่ง|ตัดเหล็กถึงเที่ยงคืน]"
            "[ทุกคืน|เกือบทุกคืน] "
            "[เขตรับเรื่องแล้วเงียบ ไม่เคยมีใครมาตรวจสักครั้ง|เขตไม่เคยลงมาตรวจ ทั้งที่แจ้งไปหลายครั้ง"
            "|เจ้าหน้าที่เขตรู้ทุกอย่างแต่ไม่ดำเนินการใดๆ]"
            "[ คนทั้งซอยนอนไม่ได้| จะให้ทนไปถึงเมื่อไหร่|!!!]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_g_sewage_canal_not_our_duty",
        category="abuse_of_power",
        credibility="credible",
        voice="canal-side resident: the district inspected and refused to act on waste water",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้านอาหาร|หอพัก|ตึกแถว]ริมคลอง[ข้าง" + SOI + "|หลังชุมชน]" + ADDR + " "
            "ต่อท่อปล่อยน้ำเสียลงคลอง[ทุกวัน|ตลอด] "
            "[เจ้าหน้าที่เขตมาดูแล้วบอกว่าไม่ใช่หน้าที่ แล้วก็ไม่ทำอะไรต่อ|เขตมาดูแล้วเห็นท่อเองกับตาแต่ก็ไม่สั่งให้แก้"
            "|แจ้งเขตไป [3|4] ครั้ง เขตละเลยไม่ดำเนินการ]"
            "[ น้ำในคลองดำเหม็นทั้งชุมชน|]" + PHOTO
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_g_market_on_road_tesakit_walk_past",
        category="abuse_of_power",
        credibility="credible",
        voice="driver: market stalls spill onto the road and the tesakit walk past",
        channels=_CITY,
        setting="city",
        text=(
            "[ตลาดนัด|แผงค้าหน้าตลาด|ร้านค้าในตลาดเช้า]ตั้งแผงลงมาบนผิวถนน " + LOC + " "
            "[ทุกวันช่วง " + TW + " น.|ทุกเช้า] "
            "[เทศกิจเห็นแต่ไม่เคยทำอะไร|เทศกิจเดินผ่านทุกวันแต่ปล่อยไว้แบบนี้|เทศกิจมาเตือนแล้วก็ไป ไม่เคยยึดหรือปรับสักครั้ง]"
            "[ รถติดทั้งแนว| รถต้องหลบออกเลนขวา|]"
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_g_stray_dogs_refused",
        category="abuse_of_power",
        credibility="credible",
        voice="parent: biting dogs at a school gate, the office refuses every time",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "หมาจร[ดุ|ฝูงใหญ่][ไล่กัดเด็กนักเรียน|กัดเด็กไปแล้ว [1|2] คน]หน้าโรงเรียน" + SOI + ADDR + "ค่ะ "
            "[แจ้งไป [3|4] ครั้ง ทุกครั้งได้คำตอบว่าไม่มีหน้าที่จับ|เจ้าหน้าที่ปฏิเสธทุกครั้งว่าไม่ใช่งานของเขต"
            "|แจ้งหลายครั้งแต่เขตไม่ดำเนินการ บอกให้ไปจัดการกันเอง]"
            "[[ อยากให้ตรวจสอบด้วยค่ะ|]||]"
        ),
    ),
    # ================================================================== misconduct: false completion, staff
    Frame(
        id="misconduct.credible.real_g_tow_closed_car_still_there",
        category="misconduct",
        credibility="credible",
        voice="resident: ticket closed as 'car moved', the car has not moved",
        channels=_CITY,
        setting="city",
        text=(
            "[ปิดเรื่องว่าแก้แล้วแต่ยังไม่ได้แก้|ขึ้นสถานะเสร็จสิ้นว่ายกรถออกแล้ว แต่รถยังจอดอยู่ที่เดิม"
            "|แจ้งว่าดำเนินการแล้ว ทั้งที่รถคันเดิมไม่เคยขยับ] "
            "[รถกระบะ|รถเก๋ง|รถตู้][ ทะเบียน {plate}|] " + SOI + ADDR + PHOTO + ""
            "[ รูปที่ใช้ปิดเรื่องเป็นรูปเก่า| รูปที่ส่งมาไม่ใช่จุดที่แจ้ง| ไม่มีใครมาเลย|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_g_dust_closed_no_net",
        category="misconduct",
        credibility="credible",
        voice="neighbour of a site: ticket closed as 'nets installed', none were",
        channels=_CITY,
        setting="city",
        text=(
            "ไซต์ก่อสร้าง" + SOI + ADDR + " "
            "[ปิดเรื่องว่าผู้รับเหมาติดผ้าใบกันฝุ่นแล้ว|แจ้งผลว่าดำเนินการแล้ว ติดตาข่ายเรียบร้อย|ขึ้นว่าเสร็จสิ้น ให้ผู้รับเหมาแก้ไขแล้ว] "
            "[แต่ยังไม่มีผ้าใบสักผืน|ทั้งที่วันนี้ยังไม่มีอะไรเปลี่ยน|แต่ฝุ่นยังเข้าบ้านเหมือนเดิม ไม่มีตาข่ายเลย]" + PHOTO
        ),
    ),
    Frame(
        id="misconduct.credible.real_g_dredge_closed_not_opened",
        category="misconduct",
        credibility="credible",
        voice="shop owner: drain ticket closed as dredged, covers never lifted",
        channels=_CITY,
        setting="city",
        hard="credible_insult",
        text=(
            "[ท่อระบายน้ำ|รางระบายน้ำ]" + "[" + SPOT + "|หน้าบ้านเลขที่ " + HOUSE_NO + "] " + SOI + " "
            "[ขึ้นสถานะเสร็จสิ้นว่าลอกท่อแล้ว|ปิดเรื่องว่าลอกท่อเรียบร้อย] "
            "[แต่ฝาท่อยังไม่เคยถูกเปิดเลย ดินยังเต็ม|แต่ไม่มีใครมาลอกจริง ฝาท่อปูนยังติดแน่นเหมือนเดิม"
            "|ทั้งที่ผมอยู่หน้าร้านทั้งวันไม่เห็นมีใครมา]"
            "[ ทำงานกันแบบนี้เหรอ| ปิดเรื่องมั่วๆ|]" + PHOTO
        ),
    ),
    Frame(
        id="misconduct.credible.real_g_water_trench_reported_restored",
        category="misconduct",
        credibility="credible",
        voice="resident: the utility reported the road restored; the trench is still open",
        channels=_CITY,
        setting="city",
        text=(
            "[การประปา|ผู้รับเหมาของการประปา|การไฟฟ้า]มาขุดถนน" + SOI + ADDR + " "
            "[แล้วแจ้งกลับมาว่าคืนผิวถนนเรียบร้อยแล้ว|แล้วปิดเรื่องว่าซ่อมผิวจราจรเสร็จ|แล้วส่งรูปมาว่าปิดหลุมแล้ว] "
            "[แต่จริงๆยังเป็นหลุมดินอยู่|ทั้งที่ยังไม่ได้ลาดยางเลย|รูปที่ส่งมาเป็นถนนอีกเส้น]" + PHOTO
        ),
    ),
    Frame(
        id="misconduct.credible.real_g_power_ticket_closed_still_dark",
        category="misconduct",
        credibility="credible",
        voice="resident: streetlight ticket closed with a daytime photo, the lights still out",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "ไฟส่องสว่าง[" + IN_SOI + "|ริมคลอง " + SOI + "]" + ADDR + " "
            "[ปิดเรื่องว่าซ่อมแล้วค่ะ แต่คืนนี้ยังดับทั้งแนว|เจ้าหน้าที่แจ้งว่าเปลี่ยนหลอดแล้ว แต่ยังไม่ติดสักดวงค่ะ"
            "|ปิดเรื่องด้วยรูปตอนกลางวัน ซึ่งดูไม่ออกว่าไฟติดหรือไม่ ตอนนี้ก็ยังดับค่ะ]"
            "[[ ขอให้ตรวจสอบด้วยค่ะ|]||]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_g_park_guard_shouts",
        category="misconduct",
        credibility="credible",
        voice="park-goer: a park staff member shouted at elderly visitors",
        channels=_CITY,
        setting="city",
        text=(
            "[เจ้าหน้าที่ดูแลสวน|เจ้าหน้าที่ประจำสวนสาธารณะ|เจ้าหน้าที่ที่ประตูสวน]"
            "[ของเขต{khet}|ที่สวนใกล้" + SOI + "] "
            "[ตะคอกใส่ผู้สูงอายุที่มานั่งพัก|พูดจาหยาบคายไล่คนออกจากสวนก่อนเวลาปิด|ด่าเด็กที่มาเล่นด้วยคำหยาบ]"
            "[ เมื่อวานช่วงเย็น| ประมาณ {time}| วันอาทิตย์ที่ผ่านมา] "
            "[มีคนเห็นหลายคน |ใส่เสื้อเจ้าหน้าที่ชัดเจน |]"
            "[[รบกวนตักเตือนด้วย|อยากให้ตรวจสอบพฤติกรรม]||]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_g_bus_driver_dangerous",
        category="misconduct",
        credibility="credible",
        voice="commuter: a city bus driver cut into the stop at speed and abused passengers",
        channels=_CITY,
        setting="city",
        text=(
            "[คนขับ|พนักงานขับ]รถเมล์สาย [8|29|40|71|77|92|113|145] "
            "[ขับปาดเข้าป้ายเร็วมากจนผู้โดยสารล้ม|ออกรถทั้งที่คนยังลงไม่หมด|ขับฝ่าไฟแดงตรงแยก|พูดจาหยาบคายไล่ผู้โดยสารลง] "
            "ที่ป้าย[หน้า[ตลาด|ห้าง|โรงพยาบาล]|" + PAK_SOI + "] " + ROAD + " "
            "[ประมาณ {time}|เมื่อเช้า|เมื่อวานช่วงเย็น]"
            "[[ ขอให้ ขสมก. ตรวจสอบด้วย| รบกวนลงโทษตามระเบียบ|]||]"
        ),
    ),
]
