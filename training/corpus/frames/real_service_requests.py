"""Real-register ``service_issue`` frames (writer G): traffic and parking, building sites, canals and drains,
animals, utilities, parks and markets, in the words of real Traffy Fondue tickets.

Written after reading real Bangkok tickets (never copied). Every frame uses the ordinary words of a real service
ticket that the corpus used to tie to wrongdoing (เขต/แขวง in the address, "รบกวนเจ้าหน้าที่เขตมาตรวจสอบ",
"ขอให้ตำรวจมาจัดการ", "แจ้งครั้งที่2", "ตามรูป", ป้อม, ห้ามจอด, ปิดเรื่อง, เสร็จสิ้น, ทำไม, ดำเนินการ) and alleges
no act or omission of an official (LABELS.md rule 1's negative side; rule 3: slow or recurring is not
wrongdoing). Where a previous ticket was closed, the text says only that the problem came back, never that the
closure was false (that would be rule 4, misconduct: see real_allegation_contrast.py for the contrast pairs).
The frivolous frames are frivolous for lacking a place or anything to act on, not for their words.
"""

from training.corpus.frames.base import Frame
from training.corpus.frames.real_service_issue import HOUSE_NO, LOC, ROAD, SOI, SOI_N, SPOT, WEEKS

_CITY = ("web_form", "line_chat")
TW = "[06.00-09.00|07.00-08.30|16.00-19.00|17.00-20.00|18.00-22.00|19.00-23.00]"
PHOTO = "[||||| ตามรูป| ตามภาพ| ดูรูปประกอบ]"
ADDR = "[|||| เขต{khet}| เขต{khet}| แขวง{khwaeng} เขต{khet}]"
PAK_SOI = "[ปากซอย{bkk_road} " + SOI_N + "|ปากซ.{bkk_road}" + SOI_N + "]"
IN_SOI = "[ในซอย{bkk_road} " + SOI_N + "|ในซ.{bkk_road}" + SOI_N + "]"
OP_TAIL = "ถนน: {bkk_road}เขต: {khet}[#1555|]"

FRAMES: list[Frame] = [
    # ================================================================== traffic and parking
    Frame(
        id="service_issue.credible.real_g_abandoned_car",
        category="service_issue",
        credibility="credible",
        voice="resident about a car left to rot in the soi, terse with a plate",
        channels=_CITY,
        setting="city",
        text=(
            "[มีรถ|รถเก๋ง|รถกระบะ|รถตู้]"
            "[จอดทิ้งไว้|จอดทิ้ง|จอดตายอยู่][ในซอย| ริมทาง| ข้างกำแพงวัด| หน้าบ้านเลขที่ " + HOUSE_NO + "]"
            "[ มาเป็นปี| นานหลายเดือน| ตั้งแต่ต้นปี| เกิน 6 เดือน]"
            "[ ยางแบน ฝุ่นเกาะเต็ม| มีหญ้าขึ้นรอบคัน| กลายเป็นที่ทิ้งขยะ| ไม่มีใครมาขยับ|]"
            "[ ทะเบียน {plate}| ไม่มีป้ายทะเบียน|] " + SOI + ADDR + PHOTO + ""
            "[[ รบกวนตำรวจมาตรวจสอบและยกออกไปด้วย| อยากให้เจ้าหน้าที่มาติดประกาศและลากออก| รบกวนดำเนินการเคลื่อนย้ายด้วย]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_no_parking_sign_request_police",
        category="service_issue",
        credibility="credible",
        voice="driver asking the traffic police to deal with cars in a no-parking zone; a request, not an allegation",
        channels=_CITY,
        hard="service_official",
        setting="city",
        text=(
            "[รถจอดในที่ห้ามจอด|มีรถจอดริมถนนทั้งที่มีป้ายห้ามจอด|รถจอดบนเส้นขาวแดง|รถจอดเรียงยาวใต้ป้ายห้ามจอด]"
            " " + ROAD + " [ บริเวณ| ]" + SPOT + " "
            "[ทุกวันช่วง " + TW + " น.|ช่วงเย็นวันธรรมดา|ตลอดทั้งวัน] "
            "[ทำให้|][เสียช่องจราจรไป 1 เลน|รถติดยาวถึงแยก|รถเมล์เข้าป้ายไม่ได้|รถเลี้ยวซ้ายไม่ได้]"
            "[" + PHOTO + "]"
            " [[ขอให้ตำรวจจราจรมากวดขันด้วย|รบกวนตำรวจ สน.ในพื้นที่มาจัดการด้วย|รบกวนตำรวจมาล็อกล้อหรือยกรถด้วย"
            "|ขอความอนุเคราะห์ตำรวจจราจรช่วงเวลาดังกล่าว]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_school_vans_lane",
        category="service_issue",
        credibility="credible",
        voice="bus commuter: school vans queue in the kerb lane at going-home time",
        channels=_CITY,
        setting="city",
        text=(
            "รถตู้รับส่งนักเรียน[จอดเรียงกัน|จอดรอ|จอดแช่][ริมถนนหน้าโรงเรียน|หน้าประตูโรงเรียน|ตลอดแนวรั้วโรงเรียน] "
            + ROAD
            + " [ตั้งแต่บ่ายสามถึงห้าโมงเย็น|ช่วงบ่ายวันธรรมดา|ทุกวันช่วงเลิกเรียน] "
            "กินเลนซ้ายไปทั้งเลน [ทำให้|]"
            "[รถเมล์ต้องจอดส่งคนกลางถนน|รถติดยาวไปถึงสะพาน|มอเตอร์ไซค์ต้องแทรกระหว่างรถตู้]"
            "[ และนักเรียนต้องเดินออกมาขึ้นรถบนผิวจราจร| และคนข้ามถนนมองไม่เห็นรถที่วิ่งมา|]"
            "[[ อยากให้มีการจัดที่จอดรถตู้นักเรียนให้เป็นที่| รบกวนตำรวจมาช่วยช่วงเลิกเรียน]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_moto_taxi_lane",
        category="service_issue",
        credibility="credible",
        voice="driver, motorcycle-taxi queue spilling onto the road, no word about officials",
        channels=_CITY,
        setting="city",
        text=(
            "<<วินมอเตอร์ไซค์[จอดรถเรียงกินเลน|จอดรอผู้โดยสารบนผิวจราจร|จอดล้นลงมาบนถนน|จอดขวางทางเข้าซอย] "
            "##[" + PAK_SOI + "|หน้าสถานีรถไฟฟ้า " + ROAD + "|ตรงป้ายรถเมล์ " + ROAD + "|หน้าตลาด" + ADDR + "] >>"
            "[ทำให้|][รถต้องเบี่ยงออกเลนขวา|รถเลี้ยวเข้าซอยลำบาก|เกือบชนกันบ่อย|รถเมล์จอดป้ายไม่ได้]"
            "[ ช่วง " + TW + " น.| ช่วงชั่วโมงเร่งด่วน|]"
            "[[ อยากให้จัดที่จอดวินให้เป็นระเบียบ| อยากให้มาจัดระเบียบ| รบกวนตรวจสอบ|]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_bus_skips_stop_female",
        category="service_issue",
        credibility="credible",
        voice="office worker whose bus does not stop at her stop in the evening",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "รถเมล์สาย [8|29|40|71|77|92|113|145|501|514] "
            "[ไม่จอดป้าย|วิ่งเลนขวาไม่เข้าป้าย|ไม่ค่อยจอดรับ]"
            "[หน้า" + "[ห้าง|ตลาด|โรงพยาบาล|มหาวิทยาลัย]|ตรง" + PAK_SOI + "] " + ROAD + " "
            "[ช่วงเย็นหลังเลิกงาน|ช่วง " + TW + " น.|ตอนค่ำ]"
            "[ต้องรอ [40 นาที|ชั่วโมงนึง|เป็นชั่วโมง] กว่าจะได้ขึ้น| คนรอเต็มป้าย| บางคันคนไม่เต็มก็ไม่จอด|]ค่ะ "
            "[[รบกวนช่วยประสาน ขสมก. ด้วยค่ะ|อยากให้เพิ่มรถช่วงเย็นค่ะ|ขอให้ช่วยดูให้หน่อยนะคะ]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_operator_taxi_station",
        category="service_issue",
        credibility="credible",
        voice="1555 operator form: taxis and songthaews idling in front of a rail station",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: [ผู้ร้องแจ้งว่า|ประชาชนแจ้งว่า|]บริเวณ[หน้าสถานีรถไฟฟ้า|ทางออกสถานีรถไฟฟ้า|หน้าท่ารถ]"
            "[ พบ|มี][รถแท็กซี่|รถสองแถว|รถตู้โดยสาร|รถรับจ้าง]"
            "[จอดรอรับผู้โดยสาร|จอดแช่|จอดซ้อนคัน][เป็นจำนวนมาก|ตลอดเวลา|ในช่วง " + TW + " น.] "
            "[ทำให้การจราจรติดขัด|กีดขวางทางเข้าออก|ทำให้รถที่ออกจากซอยไม่สามารถเลี้ยวได้] "
            "[ขอให้หน่วยงานที่เกี่ยวข้องเข้ากวดขัน|ขอให้เจ้าหน้าที่ตำรวจเข้าตรวจสอบ|ผู้ร้องขอให้จัดระเบียบการจอด]" + OP_TAIL
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_trucks_banned_hours_request",
        category="service_issue",
        credibility="credible",
        voice="commuter reporting trucks on the road in banned hours, asks for a checkpoint",
        channels=_CITY,
        hard="service_official",
        setting="city",
        text=(
            "[รถบรรทุก 10 ล้อ|รถปูน|รถขนดิน|รถพ่วง][วิ่งในเวลาห้าม|วิ่งช่วงเวลาห้ามเดินรถ|เข้าเมืองช่วงเวลาห้าม] "
            + ROAD
            + " [มุ่งหน้า|ช่วงก่อนถึง|ช่วงใกล้]"
            "[แยก|สะพาน|ทางด่วน]"
            "[ เวลาประมาณ {time}| ช่วง 06.00-09.00 น.| ช่วง 16.00-20.00 น.|] "
            "[ทำให้รถติดหนัก|ทำถนนพัง|ดินหล่นเต็มถนน|ฝุ่นฟุ้ง]"
            "[ เห็นแทบทุกวัน| เป็นประจำ|]"
            "[[ รบกวนตำรวจจราจรตั้งจุดตรวจ| อยากให้ตรวจสอบ| ฝากกวดขันด้วย]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_parked_car_came_back",
        category="service_issue",
        credibility="credible",
        voice="resident re-opening a parking ticket: the car moved after the visit, and came back",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[แจ้งครั้งที่2 |ครั้งที่ 2 |แจ้งใหม่ |]"
            "[เรื่องเดิมปิดไปแล้ว|เรื่องก่อนหน้าขึ้นสถานะเสร็จสิ้นแล้ว|เรื่องที่แจ้งไปปิดเรื่องแล้ว] "
            "[ช่วงนั้นเจ้าหน้าที่มาแล้วรถก็ย้ายออกไป|วันที่ตำรวจมารถก็เลื่อนออกไปจริง|ตอนเจ้าหน้าที่มาตักเตือนก็ยกออกไปแล้ว] "
            "[แต่ตอนนี้กลับมาจอดอีกแล้ว|แต่สัปดาห์นี้กลับมาจอดที่เดิม|แต่ผ่านไปไม่กี่วันก็กลับมาจอดเหมือนเดิม] "
            "[รถกระบะ|รถตู้|รถเก๋ง|รถขนของ][ทะเบียน {plate} |คันเดิม ]จอดขวาง[หน้าประตูบ้าน|ทางเข้าออก|ปากซอย] "
            + SOI
            + ""
            "[ ช่วง " + TW + " น.|]" + PHOTO + "[[ รบกวนมาตักเตือนอีกครั้ง| ขอให้ดำเนินการอีกครั้ง| ขอบคุณ|]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_near_police_box_request",
        category="service_issue",
        credibility="credible",
        voice="pedestrian who mentions the nearby police box only as a landmark and asks the police to act",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[รถจอดขวางทางม้าลาย|รถกระบะจอดขายของบนไหล่ทาง|รถจอดบนทางเท้า|รถจอดซ้อนคันหน้าร้านสะดวกซื้อ]"
            " [ห่างจากป้อมตำรวจไม่ถึง 100 เมตร|ตรงข้ามป้อมจราจร|เลยป้อมตำรวจไปนิดเดียว|หัวมุมแยกที่มีป้อมตำรวจ] "
            + ROAD
            + ADDR
            + " [ทำให้|][คนข้ามถนนต้องเดินอ้อมรถ|รถติดสะสมถึงแยก|คนเดินต้องลงไปเดินบนถนน]"
            "[ ช่วง " + TW + " น.|]" + PHOTO + ""
            " [[ฝากตำรวจตู้นี้ช่วยดูให้ด้วย|รบกวนตำรวจจราจรมาจัดการด้วยครับ|รบกวนตำรวจเข้ามาตักเตือน|อยากให้ดำเนินการด้วยค่ะ]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_signal_timing",
        category="service_issue",
        credibility="credible",
        voice="driver suggesting the light timing at a junction be changed",
        channels=_CITY,
        setting="city",
        text=(
            "[ไฟเขียว|สัญญาณไฟเลี้ยวขวา|ไฟเขียวฝั่งออกจากซอย][สั้นมาก|ให้แค่ไม่กี่วินาที|สั้นเกินไป]"
            " [แยก{bkk_road}|แยก" + PAK_SOI + "|แยกหน้า[ตลาด|ห้าง|โรงเรียน] " + ROAD + "] "
            "[ผ่านได้รอบละ [3|4|5] คัน|รถสะสมยาวเป็นกิโล|ต้องรอ [3|4] รอบไฟ]"
            "[ ช่วงเช้า| ช่วงเย็น| ช่วง " + TW + " น.|] "
            "[ทำไมไม่ปรับเวลาให้สมดุลกันหน่อย|ไม่ทราบว่าทำไมตั้งเวลาไว้แบบนี้|อยากให้ปรับรอบไฟใหม่]"
            "[ ขอบคุณ| รบกวนตรวจสอบ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_bus_stop_blocked_by_stalls",
        category="service_issue",
        credibility="credible",
        voice="commuter whose bus stop is taken by stalls and parked bikes; describes only the obstruction",
        channels=_CITY,
        setting="city",
        text=(
            "ป้ายรถเมล์[หน้า" + "[ตลาด|ห้าง|โรงพยาบาล]|ตรง" + PAK_SOI + "] " + ROAD + " "
            "[มีร้านค้ามาตั้งแผงเต็มศาลา|มีมอเตอร์ไซค์จอดเต็มหน้าป้าย|มีรถเข็นขายของจอดขวางที่นั่ง|ถูกร้านค้าวางของทับ] "
            "[ทำให้|][คนรอรถต้องลงไปยืนบนถนน|รถเมล์เข้าจอดชิดขอบไม่ได้|ผู้สูงอายุไม่มีที่นั่งรอ]"
            "[ ช่วง " + TW + " น.| ทุกวัน|]"
            "[[ ขอให้มาจัดระเบียบ| รบกวนตรวจสอบ| อยากให้คืนพื้นที่ป้ายรถเมล์|]||]" + PHOTO
        ),
    ),
    # ================================================================== building sites
    Frame(
        id="service_issue.credible.real_g_scaffold_net_torn",
        category="service_issue",
        credibility="credible",
        voice="passer-by under a building site whose protective net is torn",
        channels=_CITY,
        setting="city",
        text=(
            "[ตาข่ายกันตก|ผ้าใบคลุมนั่งร้าน|สแลนกันฝุ่น][ของไซต์ก่อสร้าง|ของอาคารที่กำลังสร้าง|ของคอนโดที่กำลังก่อสร้าง]"
            "[ " + SOI + "| " + ROAD + "]" + ADDR + " "
            "[ขาดเป็นช่อง|หลุดห้อยลงมา|ขาดหลายจุด] "
            "[มีเศษปูนตกลงมาบน[ทางเท้า|ฟุตบาท]|เศษไม้ตกใส่หลังคารถ|ฝุ่นปูนปลิวลงมา|เหล็กเส้นยื่นออกมาเหนือทางเดิน]"
            "[ และมีคนเดินผ่านทุกวัน| มีเด็กนักเรียนเดินผ่าน| เป็นอันตรายกับคนเดินเท้า| อันตรายมาก|]"
            "[[ รบกวนเจ้าหน้าที่เขตมาตรวจสอบด้วย| รบกวนสั่งให้ซ่อมแซมโดยด่วน| อยากให้ตรวจสอบความปลอดภัย]||]" + PHOTO
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_crane_over_homes_male",
        category="service_issue",
        credibility="credible",
        voice="man whose house sits under the swing of a tower crane",
        channels=_CITY,
        setting="city",
        speaker="male",
        text=(
            "[ทาวเวอร์เครน|เครน|ปั้นจั่น]ของไซต์ก่อสร้าง[ติดบ้าน|ข้างบ้าน|หลังบ้าน]ผม " + SOI + " "
            "[ยกเหล็กผ่านหลังคาบ้าน|หมุนแขนผ่านเหนือบ้านในซอย|ยกของข้ามถนนในซอย]"
            "[ตลอดวัน|ช่วงบ่าย|ตั้งแต่เช้า]ครับ "
            "[เคยมีเศษเหล็กตกลงมาในบ้าน|กลัวของหล่นใส่คนในบ้าน|ลมแรงเครนแกว่งมาก]"
            "[[ รบกวนเขต{khet}มาตรวจสอบความปลอดภัยด้วยครับ| ขอให้เจ้าหน้าที่ตรวจสอบด้วยครับ| ช่วยดูให้หน่อยครับ]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_site_fence_on_footpath",
        category="service_issue",
        credibility="credible",
        voice="pedestrian: a site hoarding takes the whole footpath",
        channels=_CITY,
        setting="city",
        text=(
            "[ไซต์ก่อสร้าง|โครงการก่อสร้างอาคาร|งานรื้อถอนตึกแถว]"
            "[มีการ|][ตั้งรั้วสังกะสี|ตั้งแผงกั้น|กองวัสดุ|วางถังปูนกับกองทราย]"
            "[กินพื้นที่ทางเท้าทั้งหมด|เต็ม[ทางเท้า|ฟุตบาท]|ลงมาบนทางเท้าเกือบครึ่ง]"
            " " + LOC + " "
            "[[ทำให้|]คนเดินต้องลงไปเดินบนถนน|ไม่มีทางเดินชั่วคราวให้|รถวิ่งเฉียดคนเดิน]"
            "[ มาหลายเดือนแล้ว| ตั้งแต่ต้นปี|]"
            "[ อยากทราบว่าได้รับอนุญาตใช้[ทางเท้า|ฟุตบาท]หรือไม่| รบกวนจัดทางเดินชั่วคราว| รบกวนตรวจสอบด้วย]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_operator_site_early_start",
        category="service_issue",
        credibility="credible",
        voice="1555 operator: a building site works before and after permitted hours",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: ผู้ร้องแจ้งว่า[ไซต์ก่อสร้าง|โครงการก่อสร้างคอนโดมิเนียม|การก่อสร้างอาคารพาณิชย์]"
            "[ในซอย|บริเวณปากซอย|ติดกับบ้านผู้ร้อง]"
            "[เริ่มทำงานตั้งแต่เวลา 05.00 น.|ทำงานต่อเนื่องถึงเวลา 23.00 น.|ทำงานในวันอาทิตย์|เทปูนในเวลากลางคืน]"
            "[ มีเสียงดังจากเครื่องจักร| มีเสียงเคาะเหล็กและตัดเหล็ก| มีรถโม่ปูนเข้าออก] "
            "สร้างความเดือดร้อนรำคาญ[ให้กับผู้ร้องและชุมชน|แก่ผู้พักอาศัยโดยรอบ] "
            "[ขอให้หน่วยงานเข้าตรวจสอบเวลาการทำงาน|ขอให้ตรวจสอบใบอนุญาตและกำชับผู้รับเหมา]"
            "ซอย: {bkk_road} " + SOI_N + OP_TAIL
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_roadworks_no_lights",
        category="service_issue",
        credibility="credible",
        voice="night driver at an unlit trench dug for utility works",
        channels=_CITY,
        setting="city",
        text=(
            "[งานขุดวางท่อ|งานขุดถนนวางสายไฟลงดิน|งานซ่อมท่อประปา|งานก่อสร้างท่อระบายน้ำ] " + ROAD + " "
            "[ตอนกลางคืนไม่มีไฟเตือน|ไม่มีไฟกะพริบ|กรวยล้มหมด|แผงกั้นโดนรถชนพัง]"
            " [มองไม่เห็นหลุม|รถตกหลุมไปแล้ว [1|2] คัน|มอไซค์เกือบตกหลุม|เกือบเกิดอุบัติเหตุ]"
            "[ ฝั่งขาเข้า| ฝั่งขาออก| บริเวณ" + SPOT + "|]"
            "[[ อยากให้ติดไฟเตือนด้วย| ขอให้ประสานผู้รับเหมาด้วย| รบกวนตรวจสอบด่วน]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_site_water_into_drain",
        category="service_issue",
        credibility="credible",
        voice="shop owner: a site pumps cement slurry into the street drain",
        channels=_CITY,
        setting="city",
        text=(
            "[ไซต์ก่อสร้าง|ผู้รับเหมาก่อสร้างอาคาร|งานก่อสร้างบ้านจัดสรร]"
            "[มีการ|][ปล่อยน้ำปูนลงท่อระบายน้ำ|ล้างรถโม่ปูนแล้วปล่อยน้ำลงถนน|สูบน้ำโคลนลงท่อ]"
            " " + SOI + ADDR + " "
            "[ทำให้|][ท่อหน้าร้านตันหมดแล้ว|ปูนแข็งอยู่ในรางระบายน้ำ|เวลาฝนตกน้ำไม่ลง ท่วมหน้าร้าน]"
            "[ ช่วงกลางคืน| ทุกเย็น|]" + PHOTO + ""
            "[[ รบกวนเจ้าหน้าที่เขตมาตรวจสอบและให้ลอกท่อคืน| รบกวนตรวจสอบด้วย| อยากให้ดำเนินการด้วย]||]"
        ),
    ),
    # ================================================================== canals, floods and drains
    Frame(
        id="service_issue.credible.real_g_hyacinth_water_gate",
        category="service_issue",
        credibility="credible",
        voice="boat-landing resident: water hyacinth piled at the water gate",
        channels=_CITY,
        setting="city",
        text=(
            "ผักตบชวา[ไหลมากอง|อัดแน่น|ลอยเต็ม][หน้าประตูระบายน้ำ|ใต้สะพาน|หน้าท่าเรือชุมชน|ตรงปากคลอง]"
            "[ คลองหลังชุมชน| ริมคลองข้าง" + SOI + "| คลองข้างวัด]" + ADDR + " "
            "[ทำให้|][น้ำระบายไม่ได้|เรือผ่านไม่ได้|น้ำเริ่มเอ่อขึ้นมาบนทางเดิน|ส่งกลิ่นเหม็นเน่า]"
            "[ หลังฝนตกหนัก| ช่วงนี้| มา [3|4|5] วันแล้ว|]"
            "[[ ขอเรือเก็บผักตบมาช่วยด้วย| รบกวนเก็บผักตบออกด้วย| ขอให้ดำเนินการก่อนฝนตกรอบหน้า]||]" + PHOTO
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_canal_walkway_sinking_female",
        category="service_issue",
        credibility="credible",
        voice="woman walking the canal-side path to market",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "[ทางเดินริมคลอง|เขื่อนริมคลอง|ทางเท้าเลียบคลอง]"
            "[ทรุดเป็นโพรง|แตกร้าวจนเห็นน้ำข้างใต้|ราวกันตกหลุดไป [2|3] ช่วง|แผ่นปูนยุบลงไปในคลอง]"
            "[ ช่วง" + SOI + "| ข้างวัด| หลังตลาด]" + ADDR + "ค่ะ "
            "[คนแก่กับเด็กเดินผ่านทุกวัน|กลางคืนมืดมองไม่เห็น|เคยมีคนขาตกลงไป]"
            "[[ รบกวนมาซ่อมก่อนมีคนตกคลองนะคะ| รบกวนกั้นไว้ก่อนค่ะ| ช่วยดูด้วยค่ะ]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_sewage_into_canal",
        category="service_issue",
        credibility="credible",
        voice="canal-side resident: restaurants pipe waste water into the canal; no official mentioned",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้านอาหาร|ตึกแถว|หอพัก|โรงงานซักผ้า][ริมคลอง|ฝั่งตรงข้าม|ติดคลอง]"
            "[มีการ|][ต่อท่อปล่อยน้ำเสียลงคลอง|ปล่อยน้ำมันกับเศษอาหารลงคลอง|ปล่อยน้ำเสียลงคลองโดยตรง]"
            "[ " + SOI + "| ใกล้" + SPOT + "]" + ADDR + " "
            "[ทำให้|][น้ำในคลองดำ|มีฟองลอยเต็ม|กลิ่นเหม็นมากตอนเช้า|ปลาตายลอยเป็นแพ]"
            "[ ช่วง " + TW + " น.| ทุกวัน| โดยเฉพาะตอนเย็น|]"
            "[[ อยากให้เขตมาตรวจคุณภาพน้ำ| รบกวนตรวจสอบแหล่งที่ปล่อยน้ำเสีย| ขอให้ดำเนินการ]||]" + PHOTO
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_low_road_floods",
        category="service_issue",
        credibility="credible",
        voice="resident explaining that the road dips, not that the drain is blocked",
        channels=_CITY,
        setting="city",
        text=(
            "[ถนนในซอย|ผิวถนนหน้าบ้าน|ถนนช่วงกลางซอย][ต่ำกว่าจุดอื่น|เป็นแอ่ง|ทรุดเป็นแอ่งกระทะ] "
            "ฝนตกทีไรน้ำ[ขังตรงนี้ทุกที|ท่วมถึงหน้าบ้าน|ขังเป็นวันๆ] "
            "[ไม่ใช่เพราะท่อตัน|ลอกท่อแล้วก็ยังขัง|ท่อไม่ได้ตัน] [เพราะ|เนื่องจาก][พื้นมันต่ำ|ระดับถนนไม่เท่ากัน] "
            + SOI
            + ADDR
            + PHOTO
            + " [[อยากให้ยกระดับถนนช่วงนี้|รบกวนมาสำรวจระดับถนน|อยากให้ทำรางระบายน้ำเพิ่ม]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_drain_smell_recurring",
        category="service_issue",
        credibility="credible",
        voice="resident whose earlier drain ticket was completed, now blocked again; no claim the work was false",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[เรื่องเดิมเสร็จสิ้นไปแล้ว|เคยแจ้งไปรอบหนึ่งแล้ว|ปีที่แล้วเคยมาลอกให้แล้ว] "
            "[เจ้าหน้าที่มาลอกท่อให้แล้วช่วงหนึ่ง|ตอนนั้นลอกแล้วน้ำก็ลงดี|ลอกไปแล้วดีขึ้นมาก] "
            "[ตอนนี้กลับมาตันอีก|แต่ตอนนี้เศษดินกับขยะกลับมาอุดอีกแล้ว|ผ่านไปไม่กี่เดือนก็กลับมาเป็นเหมือนเดิม] "
            "[ท่อระบายน้ำหน้าบ้านเลขที่ " + HOUSE_NO + "|ท่อ " + SPOT + "|รางระบายน้ำทั้งแนว] " + SOI + ADDR + " "
            "[ส่งกลิ่นเหม็น|น้ำขังหลังฝนตก|ยุงเยอะมาก]"
            "[[ รบกวนมาลอกอีกรอบ| ขอให้ดำเนินการอีกครั้ง| ขอเปิดเรื่องใหม่|]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_stagnant_lot_mosquitoes_female",
        category="service_issue",
        credibility="credible",
        voice="mother worried about dengue from water standing on an empty lot",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "ที่ดินรกร้าง[ข้างบ้าน|ตรงข้ามบ้าน|ท้ายซอย] " + SOI + " "
            "[มีน้ำขังเป็นบ่อ|มีน้ำขังกับหญ้ารก|มียางรถเก่ากับภาชนะน้ำขังเต็ม] "
            "[ยุงลายเยอะมาก|ลูกน้ำเต็มเลย|ยุงเข้าบ้านทุกเย็น]ค่ะ "
            "[ในซอยมีเด็กเป็นไข้เลือดออกแล้ว [1|2] คน|ลูกดิฉันเพิ่งหายจากไข้เลือดออก|ห่วงเด็กเล็กในซอย] "
            "[[รบกวนเขต{khet}มาพ่นยุงด้วยนะคะ|รบกวนมาพ่นหมอกควันกำจัดยุงค่ะ|อยากให้ประสานเจ้าของที่ดินมาถางหญ้าด้วยค่ะ]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_operator_flood_canal_overflow",
        category="service_issue",
        credibility="credible",
        voice="1555 operator: canal overflowing into a community after rain",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: ผู้ร้องแจ้งว่า[ระดับน้ำในคลองสูงขึ้น|น้ำในคลองเอ่อล้น|คลองระบายน้ำไม่ทัน]"
            "[จนล้นเข้าบ้านเรือนในชุมชน|จนท่วมทางเดินริมคลอง|จนท่วมถนนในซอย]"
            "[ หลังฝนตกหนักเมื่อคืน| ตั้งแต่ช่วงเช้า| ต่อเนื่องมา [2|3] วัน] "
            "[ระดับน้ำสูงประมาณ [10-20|20-30|30-40] ซม.|มีบ้านได้รับผลกระทบหลายหลังคาเรือน] "
            "[ขอให้หน่วยงานเร่งสูบน้ำ|ขอเครื่องสูบน้ำและกระสอบทราย|ขอให้ตรวจสอบการเปิดปิดประตูระบายน้ำ]"
            "[จุดสังเกต: [ใกล้สะพานข้ามคลอง|ข้างวัด|หลังโรงเรียน]|]" + OP_TAIL
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_drain_cover_sealed",
        category="service_issue",
        credibility="credible",
        voice="resident noting the new road surface covered the drain inlets",
        channels=_CITY,
        setting="city",
        text=(
            "[หลังจากปูถนนใหม่|ตั้งแต่ลาดยางถนนเสร็จ|หลังทำ[ทางเท้า|ฟุตบาท]ใหม่] "
            "[ฝาท่อระบายน้ำโดนยางมะตอยทับ|ช่องรับน้ำถูกปูนปิดหมด|ตะแกรงท่อถูกถมจนเรียบ] "
            + SOI
            + ADDR
            + " [ฝนตกน้ำเลยไม่มีทางลง|น้ำขังทั้งซอย|น้ำไหลเข้าบ้าน]"
            + PHOTO
            + "[[ รบกวนมาเปิดช่องรับน้ำให้ด้วย| อยากให้ตรวจสอบด้วย| ขอให้แก้ไขด้วย]||]"
        ),
    ),
    # ================================================================== animals
    Frame(
        id="service_issue.credible.real_g_puppies_dumped_market",
        category="service_issue",
        credibility="credible",
        voice="market-goer: puppies dumped behind the market",
        channels=_CITY,
        setting="city",
        text=(
            "[มีคนเอาลูกหมามาปล่อย|มีคนเอาลูกแมวมาทิ้ง|ลูกหมาถูกทิ้งไว้ในกล่อง][หลังตลาด|ข้างวัด|ใต้สะพานลอย|หน้าตลาดนัด]"
            "[ [4|5|6] ตัว| หลายตัว|]"
            "[ " + SOI + "|]" + ADDR + " "
            "[ตอนนี้เริ่มโตแล้วไล่เห่าคน|ไม่มีใครเลี้ยง ป่วยหลายตัว|คุ้ยขยะกระจายทั้งตลาด|แม่ค้าเอาข้าวให้กินแต่ดูแลไม่ไหว]"
            "[[ รบกวนมารับไปดูแลหรือทำหมัน| รบกวนประสานศูนย์พักพิงสัตว์| อยากให้เจ้าหน้าที่มาดูแล]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_cats_neuter_request_female",
        category="service_issue",
        credibility="credible",
        voice="condo resident asking for free neutering of a cat colony",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "แมวจร[เยอะมาก|ออกลูกเพิ่มทุกเดือน|มีเกือบยี่สิบตัว][" + IN_SOI + "|รอบคอนโด" + SOI + "|ในชุมชนหลังตลาด]ค่ะ "
            "[ตอนกลางคืนร้องเสียงดัง|ขึ้นมาบนรถทุกคัน|ขับถ่ายหน้าบ้าน|บางตัวป่วยตาแฉะ] "
            "[มีคนให้อาหารอยู่แต่ไม่มีใครพาไปทำหมัน|เพื่อนบ้านช่วยกันดูแลแต่ไม่ไหวแล้ว] "
            "[อยากขอให้เขต{khet}มาทำหมันให้ค่ะ|ไม่ทราบว่ามีโครงการทำหมันฟรีไหมคะ|รบกวนช่วยดำเนินการด้วยนะคะ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_snake_in_house",
        category="service_issue",
        credibility="credible",
        voice="frightened householder: a snake in the kitchen, urgent",
        channels=_CITY,
        setting="city",
        text=(
            "[งูเหลือม|งูเห่า|งูเขียว|งูตัวใหญ่ไม่ทราบชนิด][ ยาวประมาณ [1|2] เมตร |]"
            "[เข้ามาในบ้าน|อยู่ในห้องครัว|ขดอยู่ในกระถางหน้าบ้าน|อยู่บนต้นไม้หน้าบ้าน]"
            "[ บ้านเลขที่ " + HOUSE_NO + "|] " + SOI + ADDR + " "
            "[ตอนนี้ยังอยู่|ยังไม่ออกไป|มันเลื้อยเข้าไปหลังตู้เย็น|ตอนนี้เข้าไปอยู่ใต้ตู้]"
            " "
            "[ที่บ้านมีเด็ก|มีผู้สูงอายุอยู่บ้าน|ไม่มีใครกล้าเข้าใกล้]"
            "[[ ขอเจ้าหน้าที่มาจับด่วน| รบกวนด่วนค่ะ| ช่วยด่วนครับ]||]"
            "[ ข้างหลังบ้านเป็นที่รกร้าง งูเข้าบ่อย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_loose_dogs_owned",
        category="service_issue",
        credibility="credible",
        voice="jogger: a house lets its fierce dogs out on the lane every evening",
        channels=_CITY,
        hard="service_official",
        setting="city",
        text=(
            "[บ้านหัวมุม|บ้านหลังหนึ่ง|บ้านเลขที่ " + HOUSE_NO + "]"
            "[ " + IN_SOI + "| ริมคลอง " + SOI + "] "
            "ปล่อยหมา[ [2|3|4] ตัว|พันธุ์ใหญ่|ตัวใหญ่ที่ดุมาก]ออกมานอกบ้าน"
            "[ช่วงเย็นถึงค่ำ|ช่วง " + TW + " น.|ทุกเช้า] "
            "[ไล่กัดคนเดินผ่าน|ไล่รถจักรยาน|มีคนโดนกัดไปแล้ว|คนออกกำลังกายไม่กล้าเดินผ่าน]"
            "[ เคยแจ้งไปแล้วเจ้าของหยุดปล่อยไปพักนึง ตอนนี้กลับมาปล่อยอีก|]"
            "[[ รบกวนเจ้าหน้าที่เขตมาตักเตือนเจ้าของ| รบกวนดำเนินการตามข้อบัญญัติการเลี้ยงสัตว์| รบกวนตรวจสอบ]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_dead_animal_road",
        category="service_issue",
        credibility="credible",
        voice="driver: a dead dog on the road, terse",
        channels=_CITY,
        setting="city",
        text=(
            "[มีซากหมาตาย|ซากแมวถูกรถทับ|ซากสุนัขตาย|ซากตัวเงินตัวทอง]"
            "[อยู่กลางถนน|อยู่ริมทางเท้า|อยู่เลนซ้าย|อยู่หน้าบ้าน] " + LOC + ""
            "[ ตั้งแต่เมื่อคืน| ตั้งแต่เช้า| 2 วันแล้ว|]"
            "[ เริ่มส่งกลิ่น| รถหักหลบกันอันตราย| แมลงวันเต็ม|]"
            "[[ รบกวนมาเก็บด้วย| อยากให้มาเก็บซากด่วน| ช่วยเก็บให้หน่อย]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_monitor_lizards_park",
        category="service_issue",
        credibility="credible",
        voice="park-goer: monitor lizards on the jogging path",
        channels=_CITY,
        setting="city",
        text=(
            "ตัวเงินตัวทอง[ขึ้นมาจากคลอง|เยอะมาก|ตัวใหญ่หลายตัว]"
            "[ในสวนสาธารณะ|บนลู่วิ่ง|ในสนามเด็กเล่น|หน้าห้องน้ำในสวน]"
            "[ใกล้บ้าน|ของเขต{khet}|ริมคลอง] "
            "[เด็กเล่นอยู่ใกล้ๆ|คนวิ่งตอนเช้าตกใจ|ขึ้นมาไล่กินเศษอาหาร]"
            "[ ช่วงเช้า| ช่วงเย็น| ช่วง " + TW + " น.|]"
            "[[ ขอให้ประสานหน่วยงานมาจับย้าย| รบกวนดูแลด้วย| รบกวนติดป้ายเตือน]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_pigeon_feeding_bus_stop",
        category="service_issue",
        credibility="credible",
        voice="commuter: people feed pigeons at the bus stop",
        channels=_CITY,
        setting="city",
        text=(
            "[มีคนมาให้อาหารนกพิราบ|มีคนโปรยข้าวให้นกพิราบ][ทุกเช้า|ทุกวัน|ช่วง " + TW + " น.] "
            "[ที่ป้ายรถเมล์|ใต้สะพานลอย|ลานหน้าตลาด|ในสวนหย่อม] " + ROAD + " "
            "[นกเป็นร้อยตัว|ขี้นกเต็มม้านั่ง|ขี้นกตกใส่คนรอรถ|กลิ่นเหม็นมาก] "
            "[[อยากให้ติดป้ายห้ามให้อาหารนก|รบกวนมาล้างทำความสะอาด|ขอให้เจ้าหน้าที่มาตักเตือน]||]"
        ),
    ),
    # ================================================================== electricity, water, phone lines
    Frame(
        id="service_issue.credible.real_g_pole_leaning",
        category="service_issue",
        credibility="credible",
        voice="resident: a power pole leaning over the soi",
        channels=_CITY,
        setting="city",
        text=(
            "เสาไฟฟ้า[เอียง|เอียงมาก|โดนรถชนเอียง|ชำรุดฐานร้าว]"
            "[เกือบจะล้ม|เอนไปทางบ้านคน|สายตึงจนจะขาด|]"
            "[ " + SPOT + "| บริเวณ" + SPOT + "|] " + SOI + ADDR + ""
            "[ ตั้งแต่พายุเมื่อคืน| ตั้งแต่รถบรรทุกเกี่ยวสาย| มาหลายวันแล้ว|]"
            "[[ รบกวนประสานการไฟฟ้านครหลวงด้วย| รบกวน กฟน. มาตรวจสอบด่วน| อันตรายมาก ช่วยด้วย]||]" + PHOTO
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_power_cuts_often_male",
        category="service_issue",
        credibility="credible",
        voice="man in a soi where the power keeps going out",
        channels=_CITY,
        setting="city",
        speaker="male",
        text=(
            "ไฟฟ้าดับ[บ่อยมาก|เกือบทุกคืน|ทั้งซอย]" + IN_SOI + " [ช่วงนี้|เดือนนี้|อาทิตย์นี้]ครับ "
            "[ดับทีละชั่วโมงสองชั่วโมง|ดับๆติดๆ|ดับแล้วตกจนแอร์เสีย] "
            "[โทรแจ้ง 1130 แล้ว[ 2 ครั้ง| หลายครั้ง|]|แจ้งการไฟฟ้าไปแล้ว] มาแก้แล้วก็ดับอีก "
            "[ที่บ้านมีคนป่วยใช้เครื่องออกซิเจน|ตู้เย็นของในร้านเสียหมด|ลูกทำการบ้านไม่ได้]ครับ "
            "[[รบกวนประสาน กฟน. มาตรวจหม้อแปลงด้วยครับ|อยากให้ตรวจสอบระบบไฟทั้งซอยครับ|ฝากด้วยครับ]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_transformer_sparks",
        category="service_issue",
        credibility="credible",
        voice="shop owner: the transformer on the pole hums and sparks",
        channels=_CITY,
        setting="city",
        text=(
            "[หม้อแปลงไฟฟ้า|หม้อแปลงบนเสาไฟ|สายไฟบนเสา]"
            "[มีประกายไฟ|มีเสียงดังเปรี๊ยะๆ|มีควันออกมา|มีน้ำมันไหลเยิ้ม]"
            "[ตอนฝนตก|ตอนกลางคืน|ทุกครั้งที่ลมแรง|]"
            "[ " + SPOT + "| บริเวณ" + SPOT + "|] " + SOI + ADDR + " "
            "[กลัวจะเกิดไฟไหม้|คนเดินผ่านเยอะ|อยู่หน้าร้านพอดี|เกรงว่าจะเป็นอันตราย]"
            "[[ ขอให้การไฟฟ้ามาตรวจสอบด่วน| รบกวนแจ้ง กฟน. ให้ด้วย| ช่วยประสานด้วย]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_water_main_leak",
        category="service_issue",
        credibility="credible",
        voice="passer-by: a water main gushing onto the road",
        channels=_CITY,
        setting="city",
        text=(
            "[ท่อประปาแตก|ท่อประปารั่ว|น้ำประปาพุ่งออกมาจากใต้ถนน|มาตรน้ำหน้าบ้านรั่ว]"
            "[ น้ำไหลนองถนน| น้ำพุ่งสูง| น้ำซึมขึ้นมาตลอด| ถนนเริ่มเป็นโพรง]"
            "[ " + SPOT + "| บริเวณ" + SPOT + "|] " + LOC + ""
            "[ ตั้งแต่เมื่อคืน| มา [2|3] วันแล้ว| ตั้งแต่เช้า|]"
            "[ เสียดายน้ำ| น้ำในบ้านไหลอ่อนลง|]"
            "[[ รบกวนประสานการประปานครหลวงด้วย| รบกวน กปน. มาซ่อม| ช่วยแจ้งประปาให้ด้วย]||]" + PHOTO
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_trench_not_resurfaced",
        category="service_issue",
        credibility="credible",
        voice="resident: the utility dug the road weeks ago and the trench is still open (slow, no allegation)",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[การประปามาขุดซ่อมท่อ|มีการขุดวางท่อประปา|การไฟฟ้ามาขุดวางสายใต้ดิน]"
            "[ตั้งแต่ต้นเดือน|ตั้งแต่" + WEEKS + "ก่อน|เมื่อเดือนที่แล้ว] "
            "[ยังไม่ได้ปิดผิวถนน|กลบดินไว้เฉยๆยังไม่ได้ลาดยาง|ยังเป็นหลุมดินอยู่] " + SOI + ADDR + " "
            "[ฝนตกเป็นโคลนลื่น|รถตกหลุมบ่อย|ฝุ่นฟุ้งเข้าบ้าน]"
            "[ ไม่ทราบว่าจะมาทำต่อเมื่อไหร่| เข้าใจว่าอาจต้องรอคิวผู้รับเหมา|]"
            "[[ รบกวนประสานให้มาปิดผิวถนนด้วย| ขอทราบกำหนดการ| อยากให้ติดตามให้ด้วย]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_dead_cables_school",
        category="service_issue",
        credibility="credible",
        voice="parent: dead telecom cables coiled at head height by a school gate",
        channels=_CITY,
        setting="city",
        text=(
            "สายสื่อสาร[ที่ไม่ใช้แล้ว|เก่าๆ|ตายค้าง][ม้วนกองไว้บนเสา|ห้อยเป็นขด|มัดลวดห้อยลงมา]"
            "[ระดับหัวเด็ก|สูงแค่หัว|เกือบถึงพื้น] "
            "[หน้าโรงเรียน|ตรงทางเข้าโรงเรียน|หน้าศูนย์เด็กเล็ก] " + ROAD + ADDR + " "
            "[เด็กต้องก้มลอดทุกเช้า|ลวดขึ้นสนิมแหลม|มีเด็กโดนข่วนหน้าแล้ว]"
            "[[ ขอให้ประสานผู้ให้บริการมาตัดสายตายออก| รบกวนจัดระเบียบสายสื่อสาร| รบกวนเก็บสายด่วน]||]" + PHOTO
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_telecom_manhole_open",
        category="service_issue",
        credibility="credible",
        voice="pedestrian: an open cable manhole on the footpath",
        channels=_CITY,
        setting="city",
        text=(
            "[บ่อพักสายสื่อสาร|ฝาบ่อสายโทรศัพท์|ฝาบ่อพักสายไฟใต้ดิน]"
            "[เปิดทิ้งไว้|ไม่มีฝา|ฝาแตกเป็นรู]บน[ทางเท้า|ฟุตบาท]"
            "[ " + SPOT + "| บริเวณ" + SPOT + "|] " + LOC + " "
            "[ลึกมาก|กลางคืนมองไม่เห็น|มีคนเอาถังมาวางกันไว้]"
            "[ กลัวคนตก| เด็กเดินผ่านเยอะ|]"
            "[ ไม่แน่ใจว่าเป็นของหน่วยงานไหน|]"
            "[[ รบกวนประสานหน่วยงานเจ้าของด้วย| อยากให้ปิดด่วน|]||]"
        ),
    ),
    # ================================================================== parks and markets
    Frame(
        id="service_issue.credible.real_g_park_equipment_broken",
        category="service_issue",
        credibility="credible",
        voice="regular at a public park: broken playground and exercise equipment",
        channels=_CITY,
        setting="city",
        text=(
            "[ชิงช้า|สไลเดอร์|เครื่องออกกำลังกาย|ม้านั่ง|ลู่วิ่ง][ในสวนสาธารณะ|ในสวนหย่อม|ในลานกีฬา]"
            "[ของชุมชน|ใกล้" + SOI + "|ของเขต{khet}|] "
            "[ชำรุด|ชำรุดหักใช้ไม่ได้|น็อตหลุด|เหล็กเป็นสนิมแหลม|พื้นยางหลุดเป็นหลุม]"
            "[ [2|3] ตัว| หลายจุด|]"
            "[ เด็กเล่นแล้วอันตราย| คนแก่ใช้ไม่ได้| มาเป็นเดือนแล้ว|]"
            "[[ รบกวนซ่อมด้วย| ขอให้ปรับปรุง| รบกวนกั้นไว้ก่อนซ่อม]||]" + PHOTO
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_park_lights_toilet_female",
        category="service_issue",
        credibility="credible",
        voice="woman who jogs in the park after work",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "[ไฟในสวนสาธารณะ|ไฟริมลู่วิ่ง|ไฟทางเดินในสวน][ดับ|ไม่ติด][หลายดวง|ครึ่งสวน|ช่วงหลังสวน]"
            "[ และห้องน้ำในสวนก็ปิดตั้งแต่หกโมงเย็น| ห้องน้ำหญิงก๊อกน้ำเสีย| และห้องน้ำสกปรกมาก|]ค่ะ "
            "[คนมาวิ่งช่วงเย็นเยอะ|ผู้หญิงวิ่งคนเดียวแล้วน่ากลัว|ค่ำแล้วมืดมาก] "
            "[สวนใกล้" + SOI + "|สวนสาธารณะของเขต{khet}|]"
            "[[ รบกวนซ่อมไฟด้วยนะคะ| อยากให้ปรับปรุงค่ะ| ช่วยดูให้หน่อยค่ะ]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_market_wastewater",
        category="service_issue",
        credibility="credible",
        voice="neighbour of a fresh market: waste water and smell on the street",
        channels=_CITY,
        setting="city",
        text=(
            "[ตลาดสด|ตลาดนัด|แผงปลาในตลาด|ตลาดเช้า]"
            "[ปล่อยน้ำล้างปลาลงถนน|มีน้ำเสียไหลลงทางเท้า|ล้างแผงแล้วน้ำไหลลงท่อหน้าบ้าน|น้ำคาวไหลเจิ่งนอง]"
            " " + LOC + " "
            "[เหม็นคาวมาก|[ทางเท้า|ฟุตบาท]ลื่น|แมลงวันเต็ม|ท่อหน้าบ้านส่งกลิ่นทั้งวัน]"
            "[ ทุกวันช่วง " + TW + " น.| ทุกเช้า| หลังตลาดวาย|]"
            "[[ ขอให้เขตมาตรวจสอบการจัดการน้ำเสีย| รบกวนดำเนินการด้วย| รบกวนช่วยจัดการ]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_night_market_litter",
        category="service_issue",
        credibility="credible",
        voice="resident near a night market: litter left when it closes",
        channels=_CITY,
        setting="city",
        text=(
            "[ตลาดนัดกลางคืน|ตลาดนัดวันพุธ|ตลาดโต้รุ่ง|ตลาดนัดหน้าหมู่บ้าน]"
            "[เลิกแล้ว|วายแล้ว|พอเก็บร้านแล้วก็]"
            "[ขยะเต็มถนน|ทิ้งขยะไว้กองใหญ่|เศษอาหารกับแก้วพลาสติกเต็มทางเท้า] "
            + LOC
            + " [รถเก็บขยะมาตอนสาย|เช้ามาเหม็นมาก|หมาแมวมาคุ้ยกระจาย]"
            "[ ทุกคืนวัน[พุธ|ศุกร์|เสาร์]|]"
            "[[ อยากให้เพิ่มถังขยะหรือรอบเก็บ| รบกวนประสานผู้จัดตลาด| อยากให้ดำเนินการ]||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_market_cars_double_parked",
        category="service_issue",
        credibility="credible",
        voice="driver: shoppers double-park outside a market every morning",
        channels=_CITY,
        setting="city",
        text=(
            "รถ[จอดซ้อนคัน|จอดซื้อของ|จอดลงของ]หน้าตลาด"
            "[ " + ROAD + "| " + PAK_SOI + "]" + ADDR + " "
            "[ทำให้|][ถนนสองเลนเหลือเลนเดียว|รถติดยาวไปถึงแยก|รถเมล์ต้องจอดกลางถนน]"
            " [ทุกเช้า|ช่วง " + TW + " น.|ทุกวันเสาร์อาทิตย์]"
            "[[ อยากให้ตำรวจมาช่วยดูแลช่วงเวลาดังกล่าว| ขอให้ตีเส้นห้ามจอด| รบกวนจัดจุดจอดรถให้ตลาด|]||]" + PHOTO
        ),
    ),
    # ================================================================== frivolous: nothing to act on
    Frame(
        id="service_issue.frivolous.real_g_header_topic_only",
        category="service_issue",
        credibility="frivolous",
        voice="ticket with only a topic word, no place or detail",
        channels=_CITY,
        setting="city",
        text=(
            "[แจ้งเรื่อง |เรื่อง |หัวข้อ: |เรื่อง: |]"
            "[สุนัขจรจัด|ท่อระบายน้ำ|รถจอดขวาง|สายไฟ|ก่อสร้าง|ผักตบชวา|ไฟฟ้า|น้ำประปา|จราจร|ตลาด|สวนสาธารณะ]"
            "[|.|..]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_g_vague_gripe",
        category="service_issue",
        credibility="frivolous",
        voice="a vague gripe about a city problem with no place or time",
        channels=_CITY,
        setting="city",
        text=(
            "[หมาจรเต็มกรุงเทพ|ฝุ่นเต็มเมือง|น้ำท่วมมันทุกที่|รถติดไปหมดทุกถนน|ไฟดับทุกซอยในประเทศนี้|สายไฟรกทั้งเมือง|ก่อสร้างกันทั้งเมือง]"
            "[ ทำอะไรสักอย่างได้ไหม| เมื่อไหร่จะดีขึ้น| เบื่อมาก| ทนไม่ไหวแล้ว| แก้ไขด้วย|!!!| ...]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_g_whole_city_dust",
        category="service_issue",
        credibility="frivolous",
        voice="general complaint about the city's air or traffic, no one spot",
        channels=_CITY,
        setting="city",
        text=(
            "[ฝุ่น PM2.5 ทั้งกรุงเทพ|ค่าฝุ่นสูงทุกวัน|รถติดทั้งเมือง|น้ำท่วมทุกปีทั้งกรุง]"
            "[ หายใจไม่ออกแล้ว| ทำไมแก้ไม่ได้สักที| ปีไหนจะดีขึ้น| คนกรุงเทพเหนื่อย]"
            "[[ ช่วยทำอะไรสักอย่าง| อยากให้แก้ไขด่วน|]||]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_g_impossible_wish",
        category="service_issue",
        credibility="frivolous",
        voice="a city-service wish that no agency could act on",
        channels=_CITY,
        setting="city",
        text=(
            "[ขอให้ยุงหมดไปจากกรุงเทพ|ขอให้ฝนอย่าตกช่วงเลิกงาน|อยากให้หมาทั้งซอยเงียบตอนกลางคืน"
            "|อยากให้รถไม่ติดอีกเลย|อยากให้ไฟไม่ดับตลอดชีวิต|ขอให้คลองใสเหมือนต่างประเทศภายในเดือนนี้]"
            "[ ได้ไหม| ขอบคุณ| 555|!!|]"
        ),
    ),
    # ================================================================== connected prose, phone, letter
    Frame(
        id="service_issue.credible.real_g_prose_garage_cars_on_road",
        category="service_issue",
        credibility="credible",
        voice="resident writing in full sentences about a garage that parks customers' cars on the road",
        channels=_CITY,
        setting="city",
        text=(
            "[บริเวณ|]" + "[อู่ซ่อมรถ|ร้านประดับยนต์|ร้านล้างรถ|เต็นท์รถมือสอง]" + "[ " + SOI + "| " + ROAD + "] "
            "มีการนำรถของลูกค้ามาจอดเรียง[บนผิวถนน|บน[ทางเท้า|ฟุตบาท]|ทั้งสองฝั่งของซอย]เป็นประจำ "
            "ทำให้[รถที่สัญจรไปมาต้องวิ่งสวนกันในเลนเดียว|คนเดินเท้าต้องลงไปเดินบนถนน|รถในซอยเข้าออกไม่สะดวก] "
            "และ[บางวันมีการซ่อมรถกันบนถนนด้วย|มีน้ำมันเครื่องหกเลอะถนน|ตอนกลางคืนจะมองไม่เห็นรถที่จอดอยู่]"
            "[ จึงอยากให้เจ้าหน้าที่มาตรวจสอบ| อยากให้หน่วยงานที่เกี่ยวข้องเข้ามาดู|][ครับ|ค่ะ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_prose_site_dust_school",
        category="service_issue",
        credibility="credible",
        voice="teacher or parent writing in full sentences about dust from a site next to a school",
        channels=_CITY,
        setting="city",
        text=(
            "เนื่องจากมีการก่อสร้าง[อาคารสูง|คอนโดมิเนียม|โครงการหมู่บ้าน]ติดกับ[โรงเรียน|ศูนย์พัฒนาเด็กเล็ก]"
            "[ใน" + SOI + "| " + ROAD + "]" + ADDR + " "
            "ทำให้มีฝุ่นละอองฟุ้งกระจายเข้าไปใน[ห้องเรียน|สนามเด็กเล่น|โรงอาหาร]ทุกวัน "
            "[และรถบรรทุกดินวิ่งเข้าออกตลอดช่วงเช้าที่เด็กมาโรงเรียน|และไม่มีการฉีดน้ำลดฝุ่น|และผ้าใบกันฝุ่นคลุมไม่มิด] "
            "[เด็กหลายคนไอและเป็นภูมิแพ้|ครูต้องปิดหน้าต่างทั้งวัน|ผู้ปกครองเป็นห่วงมาก]"
            "[ อยากให้เข้ามาตรวจสอบมาตรการป้องกันฝุ่นของไซต์ก่อสร้าง| จะเป็นพระคุณอย่างยิ่ง|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_prose_canal_bank_erosion",
        category="service_issue",
        credibility="credible",
        voice="canal-side householder: the bank is collapsing into the canal",
        channels=_CITY,
        setting="city",
        text=(
            "ตลิ่งริมคลอง[หลังบ้าน|ข้างทางเดินชุมชน|ช่วงหลังวัด]" + "[ " + SOI + "|]" + ADDR + " "
            "ถูกน้ำกัดเซาะ[จนดินพังลงไปในคลอง|เป็นโพรงลึก|ทุกครั้งที่มีเรือวิ่งผ่าน] "
            "ทำให้[รั้วบ้านเริ่มเอียง|พื้นบ้านที่อยู่ริมคลองเริ่มทรุด|ทางเดินริมคลองแคบลงเรื่อยๆ] "
            "[และเมื่อฝนตกดินจะไหลลงคลองมากขึ้น|และเสาไฟที่อยู่ริมตลิ่งก็เริ่มเอียงตาม|] "
            "เกรงว่าจะเป็นอันตราย[กับคนในชุมชน|ถ้าเข้าหน้าฝน|]"
            "[ รบกวนมาสำรวจและทำเขื่อนกันตลิ่ง| อยากให้มาดูก่อนจะพังมากกว่านี้|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_prose_drain_too_small",
        category="service_issue",
        credibility="credible",
        voice="resident explaining that the drain is too small for the street's run-off",
        channels=_CITY,
        setting="city",
        text=(
            "ทุกครั้งที่ฝนตกหนัก น้ำจะท่วมขังบริเวณ[หน้าหมู่บ้าน|กลางซอย|หน้าตลาด|หน้าโรงเรียน]"
            + "[ "
            + SOI
            + "| "
            + ROAD
            + "]"
            + " เป็นเวลา[หลายชั่วโมง|ครึ่งวัน|ทั้งคืน] "
            "เนื่องจาก[ท่อระบายน้ำมีขนาดเล็ก|ท่อเดิมเป็นท่อเก่าขนาดเล็ก|มีท่อระบายน้ำแค่ฝั่งเดียว] ระบายน้ำไม่ทัน "
            "ทำให้[รถเล็กผ่านไม่ได้|น้ำเข้าบ้านหลายหลัง|เด็กนักเรียนต้องเดินลุยน้ำ] "
            "[และมีน้ำเน่าเหม็นหลังน้ำลด|และถนนเริ่มเป็นหลุมเพราะน้ำขัง|]"
            "[ จึงอยากให้พิจารณาเปลี่ยนท่อให้ใหญ่ขึ้น| อยากให้มาสำรวจทางระบายน้ำทั้งเส้น|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_prose_market_dogs_male",
        category="service_issue",
        credibility="credible",
        voice="man who shops at a fresh market every morning, stray dogs there",
        channels=_CITY,
        setting="city",
        speaker="male",
        text=(
            "ที่[ตลาดสด|ตลาดเช้า|ลานจอดรถของตลาด]"
            + "[ "
            + ROAD
            + "| ปาก"
            + "ซอย{bkk_road} "
            + SOI_N
            + "]"
            + ADDR
            + " "
            "มีสุนัขจรจัด[จำนวนมาก|ประมาณ [8|10|12] ตัว|หลายฝูง]อาศัยอยู่ "
            "[ผมเดินผ่านทุกเช้า|ผมไปซื้อของทุกวัน]ครับ "
            "[มีการไล่กัดคนที่ขี่มอเตอร์ไซค์ผ่าน|มีแม่ค้าโดนกัดไปแล้ว|เห่าไล่เด็กที่มากับผู้ปกครอง] "
            "และ[คุ้ยขยะจนกระจายเต็มทางเดิน|ขับถ่ายไว้หน้าแผง|บางตัวเป็นโรคผิวหนัง] "
            "[จึงอยากให้มีการจับไปทำหมันหรือหาที่อยู่ใหม่ครับ|อยากให้เจ้าหน้าที่มาดูครับ|ฝากด้วยครับ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_prose_low_wires_trucks",
        category="service_issue",
        credibility="credible",
        voice="resident: sagging wires snagged by trucks, in connected sentences",
        channels=_CITY,
        setting="city",
        text=(
            "[สายไฟ|สายไฟและสายสื่อสาร|สายเคเบิล]" + "[บริเวณ" + SPOT + "|ใน" + SOI + "|ริม" + ROAD + "] "
            "หย่อนลงมาต่ำมาก[จนเกือบถึงหลังคารถ|ประมาณระดับหัว|]"
            " ทำให้[รถบรรทุกที่วิ่งผ่านเกี่ยวสายขาดบ่อยครั้ง|รถขยะเกี่ยวสายจนเสาโยก|รถกระบะที่บรรทุกของสูงผ่านไม่ได้] "
            "[ และเมื่อสายขาดก็จะกองอยู่บนถนนหลายวัน| และเป็นอันตรายต่อคนที่เดินผ่าน|]"
            "[ รบกวนประสานหน่วยงานเจ้าของสายมายกให้สูงขึ้น| อยากให้มีการจัดระเบียบสาย|][ครับ|ค่ะ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_prose_park_field_flooded",
        category="service_issue",
        credibility="credible",
        voice="regular at a public park: the sports field holds water for days",
        channels=_CITY,
        setting="city",
        text=(
            "[สนามฟุตบอล|ลานกีฬา|สนามหญ้า|ลานแอโรบิก]ในสวนสาธารณะ[ของเขต{khet}|ใกล้" + SOI + "|]"
            " มีน้ำท่วมขังทุกครั้งหลังฝนตก[ และขังอยู่นานหลายวัน|] "
            "ทำให้[ไม่สามารถใช้ออกกำลังกายได้|คนที่มาออกกำลังกายต้องไปใช้ที่อื่น|ต้องปิดใช้ไปหลายวัน]"
            "[ และเริ่มมีกลิ่นเหม็นกับยุงเยอะ| และหญ้าตายเป็นหย่อมๆ|]"
            "[ อยากให้ปรับระดับพื้นหรือทำทางระบายน้ำ| รบกวนดูแลด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_phone_snake_male",
        category="service_issue",
        credibility="credible",
        voice="man phoning the hotline with a snake in the house",
        channels=("phone_transcript",),
        setting="city",
        speaker="male",
        text=(
            "[ฮัลโหลครับ|สวัสดีครับ] [คือ|เอ่อ] มีงู[เข้ามาในบ้าน|อยู่ในห้องน้ำ|อยู่ใต้รถหน้าบ้าน]ครับ "
            "[ตัวใหญ่มาก|ยาวประมาณเมตรนึง|ไม่รู้ว่าเป็นงูอะไร] "
            "บ้านอยู่" + SOI + " เขต{khet}ครับ [ตอนนี้มันยังอยู่|ผมปิดประตูขังไว้แล้ว|ตอนนี้มันเลื้อยเข้าไปในกองไม้] "
            "[ที่บ้านมีเด็กเล็ก|แม่ผมอายุเยอะแล้ว] [อยากให้ส่งคนมาจับ|ช่วยส่งเจ้าหน้าที่มาหน่อย]ครับ"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_phone_tree_on_wires_female",
        category="service_issue",
        credibility="credible",
        voice="woman phoning after a storm: a tree has fallen on the power lines",
        channels=("phone_transcript",),
        setting="city",
        speaker="female",
        text=(
            "[สวัสดีค่ะ|ฮัลโหลค่ะ] [คือ |][เมื่อคืนพายุเข้า|ฝนตกหนักเมื่อกี้] ต้นไม้[ล้มทับสายไฟ|หักพาดสายไฟ]"
            "[หน้าบ้าน|ปากซอย|ตรงหน้าโรงเรียน]ค่ะ " + SOI + " "
            "[ตอนนี้ไฟดับทั้งซอยเลยค่ะ|สายไฟหย่อนลงมาเกือบถึงพื้นค่ะ|มีประกายไฟด้วยค่ะ] "
            "[รถผ่านไม่ได้|คนในซอยออกมาไม่ได้] "
            "[ก็เลยโทรมาแจ้งค่ะ|อยากให้ช่วยประสานการไฟฟ้าด้วยค่ะ|ช่วยส่งคนมาตัดต้นไม้ด้วยนะคะ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_letter_building_permit_check",
        category="service_issue",
        credibility="credible",
        voice="retired resident writing a formal request that the district check a building's permit",
        channels=("web_form", "letter"),
        setting="city",
        text=(
            "[เรียน ผู้อำนวยการเขต{khet}\n|เรียน ฝ่ายโยธา สำนักงานเขต{khet}\n|]"
            "[เรื่อง ขอให้ตรวจสอบการก่อสร้างอาคาร\n|]"
            "ด้วยปรากฏว่า[มีการก่อสร้างอาคาร [3|4|5] ชั้น|มีการต่อเติมอาคารพาณิชย์|มีการสร้างโกดังเก็บสินค้า]"
            "ใน" + SOI + " [ช่วงท้ายซอย|ในที่ดินติดกับบ้านข้าพเจ้า|ติดแนวคลอง] "
            "[ซึ่งเริ่มก่อสร้างเมื่อประมาณ [2|3] เดือนก่อน|ซึ่งก่อสร้างชิดแนวเขตที่ดินมาก|โดยไม่พบป้ายแสดงใบอนุญาต] "
            "[ข้าพเจ้าไม่แน่ใจว่าได้รับอนุญาตถูกต้องหรือไม่|ข้าพเจ้าเกรงว่าจะไม่เป็นไปตามกฎหมายควบคุมอาคาร] "
            "[จึงเรียนมาเพื่อโปรดตรวจสอบ|จึงขอความอนุเคราะห์ให้เจ้าหน้าที่เข้าตรวจสอบ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_operator_dog_bite",
        category="service_issue",
        credibility="credible",
        voice="1555 operator: a caller bitten by stray dogs asks for them to be caught",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: ผู้ร้องแจ้งว่า[มีสุนัขจรจัดจำนวน [3|4|5] ตัว|มีสุนัขจรจัดเป็นฝูง]"
            "[อาศัยอยู่บริเวณ|ประจำอยู่บริเวณ][ปากซอย|หน้าตลาด|ทางเข้าชุมชน|หน้าร้านสะดวกซื้อ] "
            "[ได้กัดผู้ร้องเมื่อวันที่ {date}|ไล่กัดประชาชนที่สัญจรไปมา|ไล่กัดเด็กนักเรียนในช่วงเช้า] "
            "[ขอให้หน่วยงานเข้าจับสุนัขไปดูแล|ขอให้หน่วยงานเข้าดำเนินการ]"
            "ซอย: {bkk_road} " + SOI_N + OP_TAIL
        ),
    ),
    Frame(
        id="service_issue.credible.real_g_operator_abandoned_car",
        category="service_issue",
        credibility="credible",
        voice="1555 operator: an abandoned car on a public road",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: [พบ|ผู้ร้องแจ้งว่าพบ][รถยนต์|รถกระบะ|รถจักรยานยนต์][จอดทิ้งไว้|จอดทิ้ง]"
            "[บนผิวจราจร|ริมทางสาธารณะ|บนทางเท้า][เป็นเวลานาน|เป็นเวลาหลายเดือน|เป็นเวลาประมาณ 1 ปี] "
            "[สภาพชำรุด|ไม่มีแผ่นป้ายทะเบียน|มีขยะสะสมรอบคัน] "
            "[ขอให้หน่วยงานตรวจสอบและเคลื่อนย้าย|ขอให้ตรวจสอบเจ้าของรถ]"
            "[จุดสังเกต: [ตรงข้ามวัด|หน้าร้านซ่อมรถ|ข้างเสาไฟฟ้า]|]"
            "ซอย: {bkk_road} " + SOI_N + OP_TAIL
        ),
    ),
    # ================================================================== frivolous WITH an address: no problem named
    # A place alone is not substance (LABELS.md: "a place plus a concrete act"): these carry the soi, road,
    # house number and time window of a real ticket and still give nobody anything to act on.
    Frame(
        id="service_issue.frivolous.real_g_place_rant_no_problem",
        category="service_issue",
        credibility="frivolous",
        voice="resident venting about the whole soi without naming any problem",
        channels=_CITY,
        setting="city",
        text=(
            "[" + SOI + "|" + ROAD + "|ย่าน" + ROAD + "]" + ADDR + " "
            "[แย่ที่สุดในกรุงเทพ|ไม่น่าอยู่เลย|เละเทะไปหมด|อยู่มาสิบปีไม่เคยดีขึ้น|มีแต่ปัญหา]"
            "[ ทุกอย่างแย่ไปหมด| ไม่รู้จะเริ่มแจ้งตรงไหน| บอกไม่ถูกเลย|]"
            "[ ช่วยทำอะไรสักอย่าง| เบื่อมาก| แก้ไขด้วย|!!|]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_g_time_window_no_problem",
        category="service_issue",
        credibility="frivolous",
        voice="ticket with a time window and a place but no problem in it",
        channels=_CITY,
        setting="city",
        text=(
            "[ทุกวันช่วง " + TW + " น.|ช่วง " + TW + " น.|ทุกเย็น] "
            "[" + PAK_SOI + "|" + ROAD + "|หน้าบ้านเลขที่ " + HOUSE_NO + " " + SOI + "] "
            "[เป็นแบบนี้ทุกวัน|วุ่นวายไปหมด|ไม่ไหวจะเคลียร์|ก็รู้ๆกันอยู่]"
            "[ ไม่ต้องบอกก็น่าจะรู้| ช่วยหน่อย|...|]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_g_near_miss_joke",
        category="service_issue",
        credibility="frivolous",
        voice="a joke about the commute, nothing to fix",
        channels=_CITY,
        setting="city",
        text=(
            "[เกือบไปทำงานสายอีกแล้ว|วันนี้เกือบตกรถเมล์|เกือบได้นอนบนรถ]"
            "[ เพราะรถติด" + ROAD + "| ตรงปาก" + "ซอย{bkk_road} " + SOI_N + "| แถว" + ROAD + "] "
            "[555|ฮ่าๆ|ชีวิตคนกรุง|ขำๆนะ|ไม่ได้จะแจ้งอะไร แค่บ่น]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_g_poster_face_joke",
        category="service_issue",
        credibility="frivolous",
        voice="a joke about a candidate's poster, no request anyone could act on",
        channels=_CITY,
        setting="city",
        text=(
            "ป้าย[หาเสียง|ผู้สมัคร|โฆษณา][หน้าปาก"
            + "ซอย{bkk_road} "
            + SOI_N
            + "|ริม"
            + ROAD
            + "|ตรงป้ายรถเมล์ "
            + ROAD
            + "] "
            "[หน้าตาไม่หล่อเลย|ยิ้มน่ากลัวมาก|ดูแล้วหิวข้าว|ทรงผมแปลกมาก] "
            "[เปลี่ยนรูปได้ไหม|ขอรูปใหม่หน่อย|ขอคนหล่อกว่านี้]"
            "[ 555| ฮ่าๆ|]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_g_operator_no_problem_given",
        category="service_issue",
        credibility="frivolous",
        voice="1555 operator: the caller gave an address but would not say what the problem is",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: ผู้ร้อง[แจ้งว่ามีปัญหาในซอย|แจ้งว่าไม่พอใจสภาพพื้นที่โดยรวม|โทรมาแจ้งว่าเดือดร้อน]"
            " [แต่ไม่ระบุว่าเป็นปัญหาเรื่องใด|ไม่ประสงค์ให้รายละเอียดเพิ่มเติม|และวางสายไปก่อนให้ข้อมูล]"
            "[บ้านเลขที่: " + HOUSE_NO + "|]"
            "ซอย: {bkk_road} " + SOI_N + OP_TAIL
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_g_citywide_road_users_rant",
        category="service_issue",
        credibility="frivolous",
        voice="a rant about road users or building sites in general, no place, no one to act on",
        channels=_CITY,
        setting="city",
        text=(
            "[[วินมอไซค์|มอไซค์|รถเมล์|แท็กซี่|รถตู้][ทั้งกรุงเทพ|ทุกซอย|ทุกเส้น|แถวนี้ทั้งหมด]"
            "[ขับแย่มาก|ไม่เคยชิดเลนซ้าย|ขี่สวนเลนกันทุกวัน|จอดกินเลนไปหมด|นิสัยเสียกันหมด]"
            "|ไซต์ก่อสร้าง[ทั้งกรุงเทพ|ทุกที่|สมัยนี้][เสียงดังกันหมด|ฝุ่นเยอะกันหมด|ไม่มีใครสนใจชาวบ้าน]"
            "|ในซอยบ้านผม[มีแต่เรื่อง|ไม่เคยสงบ|มีปัญหาทุกวัน]"
            "|ป้าย[หาเสียง|โฆษณา]เต็มเมืองไปหมด]"
            "[ เมื่อไหร่จะมีระเบียบ| เบื่อ| ประเทศนี้| ทำอะไรสักอย่างเถอะ|!!|]"
        ),
    ),
]
