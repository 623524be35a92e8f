"""Discourse frames for category ``service_issue``: not corruption, a matter for a service desk.

Many frames imitate Bangkok Traffy Fondue tickets: short, terse, often without spaces, with dots between
phrases, naming a soi, a road or a khet.
"""

from training.corpus.frames.base import Frame

# Literal Bangkok sois and khets (plain text alternatives, not slots).
SOI = (
    "[ซ.ลาดพร้าว 101|ซอยรามคำแหง 24|ซ.ปรีดีพนมยงค์ 20 แยก 2|ซอยสุขุมวิท 71|ซ.เพชรเกษม 48|"
    "ซอยพหลโยธิน 52|ซ.ประชาอุทิศ 33|ซอยอ่อนนุช 17|ซ.จรัญสนิทวงศ์ 13|ซอยนวมินทร์ 42|ซ.สายไหม 56|ซอยบางนา-ตราด 25]"
)
KHET = (
    "[เขตบางกะปิ|เขตลาดพร้าว|เขตบางเขน|เขตห้วยขวาง|เขตจตุจักร|เขตบางนา|เขตดินแดง|เขตคลองเตย|"
    "เขตบางแค|เขตหนองแขม|เขตสายไหม|เขตบึงกุ่ม|เขตราษฎร์บูรณะ|เขตมีนบุรี]"
)

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ credible: terse Traffy tickets
    Frame(
        id="service_issue.credible.streetlight_out_terse",
        category="service_issue",
        credibility="credible",
        voice="resident filing a one-line Traffy ticket",
        channels=("web_form", "line_chat"),
        text=(
            "ไฟส่องสว่าง[เสีย|ดับ|ไม่ติด] [2|3|4|5]ดวง "
            "["
            + SOI
            + " |{place} |{road} |][ครับ เร่งดำเนินการแก้ไขด้วยครับ|ค่ะ รบกวนแก้ไขด้วยค่ะ|.มืดมาก.ช่วยซ่อมด้วยครับ|ขอบคุณครับ]"
        ),
    ),
    Frame(
        id="service_issue.credible.soi_sign_broken",
        category="service_issue",
        credibility="credible",
        voice="office worker on the way home, Traffy ticket",
        channels=("web_form",),
        text=(
            "ป้ายซอย " + SOI + " [ชำรุด|หักล้ม|สนิมกินจนอ่านไม่ออก|ตัวหนังสือลบเลือน][ห้อยจะหล่นใส่คน|]"
            "[ จึงขอให้ดำเนินการแก้ไขครับ|.ขอให้เปลี่ยนใหม่ด้วยครับ| แจ้งซ่อมค่ะ]"
        ),
    ),
    Frame(
        id="service_issue.credible.garbage_not_collected",
        category="service_issue",
        credibility="credible",
        voice="shop-house resident, LINE to the khet office",
        channels=("line_chat", "web_form"),
        text=(
            "ขยะไม่มีคนมาเก็บ[ 3| 4| 5|หลาย]วันแล้ว[ครับ|ค่ะ|คับ]."
            "[" + SOI + "|{road}] "
            "[เหม็นมาก|หมาคุ้ยกระจายเต็มถนน|น้ำขยะไหลลงทางเท้า|แมลงวันเต็มเลย][😩|🙏|]"
        ),
    ),
    Frame(
        id="service_issue.credible.manhole_cover_missing",
        category="service_issue",
        credibility="credible",
        voice="motorcycle-taxi driver, quick LINE message",
        channels=("line_chat", "web_form"),
        text=(
            "ฝาท่อ[หาย|แตก|ยุบ]{place}[ " + KHET + "|] "
            "[อันตรายมาก|มอไซค์ตกไปคันนึงแล้ว|เด็กเกือบตก]"
            "[ ช่วยด่วนครับ|.รีบมาปิดด้วย|ครับ]"
        ),
    ),
    Frame(
        id="service_issue.credible.sidewalk_tiles_broken",
        category="service_issue",
        credibility="credible",
        voice="elderly woman's granddaughter filing on her behalf",
        channels=("web_form",),
        text=(
            "ทางเท้าชำรุด.[กระเบื้องแตก|อิฐตัวหนอนยุบ|ปูนแตกเป็นหลุม][ เป็นแนวยาว|]"
            "[บริเวณ|]{place} {road}[ฝั่งขาออก|ฝั่งขาเข้า|]."
            "[ยายดิฉันเดินสะดุดล้มเมื่อ{weekday}ที่แล้ว|ฝนตกน้ำขังกระเด็นใส่คนเดิน|คนแก่เดินลำบาก]"
            "[ รบกวนซ่อมแซมด้วยค่ะ|.ขอให้แก้ไขค่ะ]"
        ),
    ),
    Frame(
        id="service_issue.credible.car_parked_on_sidewalk",
        category="service_issue",
        credibility="credible",
        voice="pedestrian commuter, Traffy ticket with plate",
        channels=("web_form", "line_chat"),
        text=(
            "รถ[เก๋ง|กระบะ|ตู้]จอดบนทางเท้า[ทุกวัน|ประจำ] [ช่วงเช้า|ตอนเย็น|ทั้งวัน] "
            "ทะเบียน {plate} [{place} {road}|" + SOI + "]."
            "[คนเดินต้องลงไปเดินบนถนน|รถเข็นผ่านไม่ได้]"
            "[ ขอเจ้าหน้าที่มาตรวจสอบครับ|.ขอให้เทศกิจกวดขันด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.tree_fell_blocking",
        category="service_issue",
        credibility="credible",
        voice="condo security guard reporting after a storm",
        channels=("web_form", "line_chat"),
        text=(
            "[ต้นไม้ล้ม|กิ่งไม้ใหญ่หัก]ขวางถนน" + SOI + "[ตั้งแต่เมื่อคืน|ตั้งแต่พายุเมื่อวาน|ตั้งแต่ {time}]"
            ".[รถผ่านได้เลนเดียว|รถเข้าออกไม่ได้]."
            "[พาดสายไฟอยู่ด้วย|ทับรั้วบ้านเลขที่ [12|48|7/3]|]"
            "[ ช่วยมาตัดออกด้วยครับ|ขอบคุณครับ]"
        ),
    ),
    Frame(
        id="service_issue.credible.water_pipe_leak",
        category="service_issue",
        credibility="credible",
        voice="noodle-shop owner, terse message",
        channels=("web_form", "line_chat"),
        text=(
            "ท่อประปา[แตก|รั่ว]น้ำ[ไหลนองถนน|พุ่งขึ้นมาจากพื้น][มา|] [2|3|4]วันแล้วค่ะ."
            "{place} {road}"
            "[.น้ำที่บ้านไหลอ่อนมาก|.เสียดายน้ำ|][ แจ้งการประปาด้วยค่ะ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.cables_hanging_low",
        category="service_issue",
        credibility="credible",
        voice="delivery truck driver, Traffy ticket",
        channels=("web_form",),
        text=(
            "สาย[สื่อสาร|ไฟ|เคเบิล]ห้อยต่ำ[ระโยงระยาง|เกือบถึงพื้น] " + SOI + "[ รถบรรทุกเกี่ยวขาดไปแล้ว|.รถสูงผ่านไม่ได้|]."
            "[ขอให้จัดเก็บด้วยครับ|รบกวนประสานการไฟฟ้าด้วยครับ]"
        ),
    ),
    Frame(
        id="service_issue.credible.traffic_light_blinking",
        category="service_issue",
        credibility="credible",
        voice="taxi driver, terse",
        channels=("web_form", "line_chat", "phone_transcript"),
        text=(
            "ไฟจราจร[ที่แยกหน้า{school}|แยกหน้า{hospital}|{place}|ปาก{road}] [เสีย|ดับ]"
            "[ กระพริบเหลืองทั้งวัน| เขียวพร้อมกันสองฝั่ง|][ตั้งแต่เช้า|ตั้งแต่{weekday}|]."
            "[รถติดยาว|เกือบชนกันหลายรอบ|ไม่มีตำรวจมาโบก]"
            "[ ช่วยด่วนครับ|ครับ]"
        ),
    ),
    Frame(
        id="service_issue.credible.flood_after_rain_terse",
        category="service_issue",
        credibility="credible",
        voice="resident of a low-lying soi, Traffy ticket",
        channels=("web_form", "line_chat"),
        text=(
            "น้ำท่วมขัง" + SOI + "[ ทุกครั้งที่ฝนตก|.ฝนหยุดไป[ 5| 6|]ชั่วโมงแล้วยังไม่ลด]."
            "[สูงประมาณหน้าแข้ง|สูงเกือบถึงเข่า|รถเล็กผ่านไม่ได้]."
            "[ท่อระบายน้ำน่าจะอุดตัน|ไม่เห็นเครื่องสูบน้ำทำงาน]"
            "[ ช่วยลอกท่อด้วยครับ| ขอบคุณค่ะ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.dead_dog_on_road",
        category="service_issue",
        credibility="credible",
        voice="jogger, one-line report",
        channels=("web_form", "line_chat"),
        text=("มี[หมา|แมว]ตายอยู่[กลางถนน|ริมทางเท้า]" + SOI + "[ ส่งกลิ่นเหม็น|][ ขอให้มาเก็บด้วยครับ|.รบกวนเก็บด้วยค่ะ]"),
    ),
    Frame(
        id="service_issue.credible.repeat_drain_ticket",
        category="service_issue",
        credibility="credible",
        voice="annoyed resident re-filing the same ticket",
        channels=("web_form",),
        text=(
            "[แจ้งซ้ำ|แจ้งซ้ำครั้งที่ [2|3|4]].[เคสเดิม|จุดเดิม]ยังไม่ได้รับการแก้ไข."
            "ท่อระบายน้ำ" + SOI + "อุดตัน[ น้ำเน่าเหม็น| น้ำดำขังทั้งซอย| ยุงเยอะมาก]"
            "[.ระบบขึ้นว่าดำเนินการเสร็จสิ้นแล้วแต่ไม่มีใครมาเลย|.เจ้าหน้าที่มาดูแล้วบอกจะมาลอก|]"
            "[ครับ|ค่ะ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.night_pile_driving",
        category="service_issue",
        credibility="credible",
        voice="night-shift nurse who cannot sleep, Traffy ticket",
        channels=("web_form", "line_chat"),
        text=(
            "ไซต์ก่อสร้าง[คอนโด|อาคาร]" + SOI + "[ตอกเสาเข็ม|เทปูน|ใช้เครื่องจักร]"
            "[หลังเที่ยงคืน|ตอนตีหนึ่งตีสอง|ถึงตีสาม]ทุกคืน[ตั้งแต่{weekday}ที่แล้ว|]."
            "[บ้านสั่น|เสียงดังนอนไม่ได้]."
            "[ขอให้เขตตรวจใบอนุญาตเวลาทำงานด้วยค่ะ|ขอให้ระงับการทำงานช่วงกลางคืนด้วยค่ะ]"
        ),
    ),
    Frame(
        id="service_issue.credible.abandoned_car",
        category="service_issue",
        credibility="credible",
        voice="soi committee member",
        channels=("web_form", "line_chat"),
        text=(
            "รถยนต์จอดทิ้ง[ไว้|]ทะเบียน {plate} [หน้าบ้านเลขที่ [15|88|102/4]|ริมถนน]"
            + SOI
            + "[ จอดมาเกินเดือนแล้ว| ไม่ขยับมาตั้งแต่ต้นเดือน{month}]."
            "[ยางแบน ฝุ่นจับ|กีดขวางการจราจร|มีหมามานอนใต้รถ]"
            "[ ขอให้ตรวจสอบด้วยครับ|.รบกวนเคลื่อนย้ายครับ|]"
        ),
    ),
    # ------------------------------------------------------------------ credible: fuller reports
    Frame(
        id="service_issue.credible.pothole_motorbike_falls",
        category="service_issue",
        credibility="credible",
        voice="motorcycle-taxi driver on LINE, chatty",
        channels=("line_chat", "phone_transcript"),
        text=(
            "[สวัสดีครับ|ครับพี่] [ผมขี่วินอยู่|ผมเป็นวินมอไซค์]แถว{place}[นะครับ|ครับ] "
            "<<หลุมบน{road}[ฝั่งขาเข้า|ช่วงก่อนถึงสะพาน]มันลึก[ประมาณคืบนึง|เกือบศอก]แล้วครับ "
            "กลางคืนไฟมืดมองไม่เห็นเลย ##[เมื่อวาน|เมื่อ{weekday}]ป้าขายผักล้มไปคนนึง [หัวเข่าแตก|แขนถลอก]"
            "[ ลูกค้าผมก็เกือบล้ม|] >>"
            "ผมเอากรวยไปตั้งไว้ให้ก่อน[แล้ว|]แต่[โดนรถชนกระเด็นไปแล้ว|มันหายไปแล้ว] "
            "[ฝากช่วยเอามายางมะตอยมาอุดให้ที|อยากให้มาซ่อมก่อนจะมีคนตาย]ครับ[ 🙏|]"
        ),
    ),
    Frame(
        id="service_issue.credible.stray_dogs_school",
        category="service_issue",
        credibility="credible",
        voice="village health volunteer (อสม.) on LINE",
        channels=("line_chat", "web_form"),
        text=(
            "[เรียนเจ้าหน้าที่|สวัสดีค่ะ] ดิฉันเป็น อสม.{village} ตำบล{tambon} ค่ะ "
            "<<ตอนนี้มีหมาจรประมาณ [10|12|15]ตัว[รวมฝูง|นอน]อยู่หน้า{school} "
            "##เมื่อวันที่ {date} หมาฝูงนี้กัดเด็ก[ป.2|ป.3|อนุบาล]ที่ขาต้องพาไปฉีดวัคซีนที่{hospital} >>"
            "[ผู้ปกครองกลัวกันมาก|เด็กไม่กล้าเดินมาโรงเรียน] "
            "[อยากให้ทางอบต.ประสานปศุสัตว์อำเภอมาจับไปทำหมันและฉีดวัคซีนพิษสุนัขบ้า|"
            "ขอให้มีการจับไปดูแลและฉีดวัคซีนพิษสุนัขบ้าด้วยค่ะ] "
            "[ติดต่อดิฉันได้ที่ {phone} ค่ะ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.queue_id_card_office",
        category="service_issue",
        credibility="credible",
        hard="two_category",
        voice="office worker mixing English, web form about a slow counter",
        channels=("web_form",),
        text=(
            "[เรื่อง: คิวทำบัตรประชาชนนานเกินไป รายละเอียด: |]"
            "ไปทำบัตรประชาชนที่สำนักงาน" + KHET + " วันที่ {date} [ไปถึง 8 โมงเช้า|ไปถึงตั้งแต่ 7.30 น.] "
            "ได้คิวที่ [48|63|75] ค่ะ กว่าจะถึงคิวคือ[บ่ายโมงครึ่ง|เกือบบ่ายสอง] "
            "<<เคาน์เตอร์เปิดแค่ 2 ช่องจาก 6 ช่อง ##[ระบบล่มไปชั่วโมงนึง|เครื่องอ่านบัตรเสีย]ไม่มีใครมาแจ้ง "
            "##[มีเจ้าหน้าที่นั่งเล่นมือถือหลังเคาน์เตอร์ด้วย|เจ้าหน้าที่บางคนนั่งคุยกันเองไม่รับคิว] >>"
            "[ต้องลางานทั้งวัน|เสีย annual leave ไปหนึ่งวันเต็ม]ค่ะ "
            "[อยากให้มีระบบจองคิวออนไลน์ที่ใช้ได้จริง|suggest ให้เปิดช่องเพิ่มช่วง peak] "
            "[ไม่ได้ต้องการเอาผิดใคร แค่อยากให้ปรับปรุงค่ะ|ขอบคุณค่ะ]"
        ),
    ),
    Frame(
        id="service_issue.credible.hospital_opd_wait",
        category="service_issue",
        credibility="credible",
        hard="service_official",
        voice="daughter of an elderly patient, polite web form",
        channels=("web_form", "letter"),
        text=(
            "เรียนผู้อำนวยการ{hospital}\n"
            "ดิฉันพาคุณพ่ออายุ [78|82|85] ปี มาตรวจตามนัดที่แผนก[อายุรกรรม|ผู้ป่วยนอก]เมื่อวันที่ {date} "
            "มาถึงตั้งแต่ [6 โมงเช้า|6.30 น.] แต่ได้พบแพทย์ตอน[ประมาณบ่ายสอง|บ่ายสามโมง] "
            "<<[จุดคัดกรองมีพยาบาลคนเดียว|ห้องตรวจเปิดแค่สองห้อง] ##"
            "[ที่นั่งรอไม่พอ ผู้ป่วยสูงอายุต้องยืนรอ|ไม่มีจอเรียกคิว ต้องคอยฟังเรียกชื่อ] >>"
            "[ดิฉันเข้าใจว่าบุคลากรมีน้อย|ดิฉันไม่ได้ตำหนิเจ้าหน้าที่]"
            "แต่อยากให้[จัดช่องทางพิเศษสำหรับผู้สูงอายุ|มีระบบนัดเป็นช่วงเวลา]ค่ะ\n"
            "[ขอแสดงความนับถือ|ขอบคุณค่ะ] {person}"
        ),
    ),
    Frame(
        id="service_issue.credible.no_tap_water_elderly_call",
        category="service_issue",
        credibility="credible",
        voice="elderly villager dictating a long phone complaint",
        channels=("phone_transcript",),
        text=(
            "[ฮัลโหล|ฮัลโหล ๆ] [ใช่ศูนย์ดำรงธรรมมั้ย|นั่นที่ร้องเรียนใช่ไหมลูก] เอ่อ ยายโทรมาจาก{village} "
            "ตำบล{tambon} อำเภอ{district} นะ [ยายชื่อ{name}|ยายอายุ [76|81] แล้ว] "
            "คือว่าน้ำประปาหมู่บ้านมันไม่ไหลมา[ห้าวัน|อาทิตย์นึง]แล้ว ไม่ไหลเลยนะ [หยดเดียวก็ไม่มี|เปิดก๊อกมีแต่ลม] "
            "ยายต้องหิ้วถังไปตักน้ำบ่อวัด ยายเดินไม่ค่อยไหว[ขาไม่ดี|ปวดเข่า] "
            "<<เอ่อ ไปบอกผู้ใหญ่บ้านแล้ว เขาบอกว่า[ปั๊มมันเสีย|มอเตอร์มันไหม้] ต้องรออบต.มาซ่อม "
            "##หลานยายก็ไปที่อบต.แล้วเมื่อ{weekday}ที่แล้ว เขาบอกว่า[ส่งเรื่องแล้ว|รอช่างก่อน] >>"
            "แต่ก็ไม่มีใครมาเลยนะลูก [ยายรอทุกวันเลย|ยายนั่งรอหน้าบ้านทุกเช้า] "
            "คือเมื่อก่อนมันก็เคยเสียนะ แต่สองสามวันเขาก็มาซ่อม [ปีนี้ไม่รู้เป็นอะไร|คราวนี้นานกว่าทุกที] "
            "น้ำในโอ่งยายก็ใกล้หมดแล้ว ฝนก็ไม่ตก [ต้องเอาน้ำที่ซาวข้าวไปรดผัก|ต้องอาบน้ำวันเว้นวัน] "
            "คือ ไม่ใช่บ้านยายบ้านเดียว ทั้งหมู่เลย [ประมาณ|เกือบ] [สี่สิบ|ห้าสิบ]หลังคาเรือน "
            "[บางบ้านมีเด็กเล็ก|บ้านข้าง ๆ มีคนป่วยติดเตียง] ต้องซื้อน้ำขวดมาอาบ มันเปลืองนะ "
            "[ยายไม่ได้ว่าใครนะ|ยายไม่อยากให้ใครเดือดร้อนหรอก] แค่อยากให้มาซ่อมปั๊มให้หน่อย "
            "[หรือเอารถน้ำมาส่งก่อนก็ยังดี|ถ้ายังซ่อมไม่ได้ขอรถน้ำมาแจกก่อน] "
            "เอ่อ เบอร์ยายก็ {phone} นะ [ถ้าโทรมาแล้วไม่รับก็โทรหาหลานเขา|โทรมาตอนเย็น ๆ ยายอยู่บ้าน] "
            "[ขอบใจนะลูก|ขอบใจมาก ๆ นะ] [ช่วยยายหน่อยนะ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.power_outage_farm",
        category="service_issue",
        credibility="credible",
        voice="rice farmer, phone call",
        channels=("phone_transcript", "line_chat"),
        text=(
            "[ฮัลโหลครับ|ครับ สวัสดีครับ] ผมทำนาอยู่{village} อำเภอ{district} จังหวัด{province} "
            "คือไฟฟ้าที่หมู่บ้านมันดับบ่อยมาก[ครับ|เลยครับ] [เดือนนี้|ตั้งแต่ต้นเดือน{month}]ดับไป [6|7|8] ครั้งแล้ว "
            "<<[หม้อแปลงตรงหัวสะพานมันมีเสียงดัง|หม้อแปลงหน้าศาลามีควันขึ้น] ##"
            "ปั๊มน้ำเข้านาผมไหม้ไปตัวนึงแล้ว[ ซื้อใหม่ไป {amount_small}|] >>"
            "แจ้งการไฟฟ้าสาขาอำเภอไปแล้ว[สองรอบ|หลายรอบ] [เขามาดูแล้วก็ไป|เขาบอกว่าจะเปลี่ยนหม้อแปลงให้] "
            "แต่ก็ยังดับอยู่[ครับ|] ช่วงนี้[ข้าวกำลังตั้งท้อง|ต้องสูบน้ำเข้านา]ครับ [ฝากช่วยเร่งให้หน่อย|อยากให้เขามาแก้จริงจัง]ครับ"
        ),
    ),
    Frame(
        id="service_issue.credible.school_toilets_broken",
        category="service_issue",
        credibility="credible",
        voice="parent on the school's LINE group, forwarded to the district",
        channels=("line_chat", "web_form"),
        text=(
            "[สวัสดีค่ะ|รบกวนสอบถามค่ะ] ลูกเรียนอยู่{school}[ ชั้น ป.4|ชั้น ป.1|]ค่ะ "
            "ห้องน้ำนักเรียนหญิงชำรุด[มาตั้งแต่เปิดเทอม|เกือบเดือนแล้ว] "
            "<<[ชักโครกใช้ได้แค่ 2 ห้องจาก 8 ห้อง|ประตูปิดไม่ได้ กลอนหัก] ##[ไม่มีน้ำ|ก๊อกน้ำเสีย]ต้องหิ้วขันไปเอง >>"
            "ลูกกลั้นฉี่ทั้งวันจน[ปวดท้อง|เป็นกระเพาะปัสสาวะอักเสบ]ค่ะ "
            "[แจ้งครูประจำชั้นแล้ว|ถามในกลุ่มผู้ปกครองแล้ว]บอกว่ารองบประมาณซ่อม "
            "[อยากให้หน่วยงานที่เกี่ยวข้องช่วยดูหน่อยค่ะ|ขอให้เร่งซ่อมก่อนค่ะ เด็กลำบากมาก][ 🙏|]"
        ),
    ),
    Frame(
        id="service_issue.credible.canal_black_smell",
        category="service_issue",
        credibility="credible",
        voice="restaurant owner by a canal, web form",
        channels=("web_form", "line_chat"),
        text=(
            "[เรื่อง: น้ำในคลองเน่าเสีย ปลาตาย\nรายละเอียด: |]"
            "น้ำในคลอง{place} [" + KHET + "|อำเภอ{district}] เป็นสีดำและมีกลิ่นเหม็นมาก[ตั้งแต่|ช่วง]{date} "
            "<<[มีปลาตายลอยเป็นแพ|ลูกค้าที่ร้านบ่นเรื่องกลิ่นทุกวัน] "
            "##[เห็นมีท่อปล่อยน้ำสีขุ่นออกมาจากฝั่งโรงงานช่วงกลางคืน|ช่วงหัวค่ำมีน้ำสีแปลก ๆ ไหลออกจากท่อฝั่งตรงข้าม] >>"
            "[ขอให้เจ้าหน้าที่มาเก็บตัวอย่างน้ำตรวจ|ขอให้ตรวจสอบแหล่งที่มาของน้ำเสีย]"
            "[ ถ่ายคลิปไว้แล้วส่งให้ได้|]"
        ),
    ),
    Frame(
        id="service_issue.credible.bus_skips_stop",
        category="service_issue",
        credibility="credible",
        voice="university student on LINE",
        channels=("line_chat", "web_form"),
        text=(
            "[แอดมินคะ|สวัสดีค่ะ] อยากแจ้งว่ารถเมล์[สาย 8|สาย 29|สาย 515|สาย 136]ไม่จอดป้าย[{place}|หน้า{school}|หน้า{hospital}]เลยค่ะ "
            "[ยืนโบกก็ขับผ่าน|จอดกลางถนนให้วิ่งไปขึ้น] "
            "[เมื่อเช้า|เมื่อ{weekday}]ก็เป็นอีกแล้ว[ ประมาณ {time}|] "
            "[ศาลาที่พักก็หลังคาพัง ฝนตกเปียกหมด|ป้ายรถเมล์ก็ไม่มีหลังคา]"
            "[ เข้าเรียนสายทุกวันเลยค่ะ 😭| ฝากแก้ไขด้วยนะคะ]"
        ),
    ),
    Frame(
        id="service_issue.credible.noise_karaoke_letter",
        category="service_issue",
        credibility="credible",
        voice="retired teacher, formal and long letter about a karaoke bar",
        channels=("letter",),
        text=(
            "เรียน [นายอำเภอ{district}|ผู้อำนวยการ" + KHET + "|ผู้กำกับการสถานีตำรวจที่รับผิดชอบพื้นที่]\n"
            "เรื่อง ขอให้ตรวจสอบเหตุเดือดร้อนรำคาญจากเสียงดังของร้านคาราโอเกะ\n\n"
            "ด้วยข้าพเจ้า{person} ข้าราชการบำนาญ[ครู|]อายุ [68|71|74] ปี อาศัยอยู่ที่[บ้านเลขที่ 54|บ้านเลขที่ 119/2] "
            "{road} [ใกล้|แถว]{place} "
            "ขอเรียนว่าตั้งแต่[ต้นเดือน{month}|วันที่ {date}]เป็นต้นมา ได้มีร้านคาราโอเกะ[เปิดใหม่|เปิดกิจการ]ในห้องแถวตรงข้ามบ้าน "
            "เปิดเพลงเสียงดังตั้งแต่[สองทุ่ม|สามทุ่ม]จนถึง[ตีสองเศษ|ตีสาม]ทุกคืน "
            "[บางคืนมีการทะเลาะวิวาทหน้าร้าน|ลูกค้าจอดรถขวางทางเข้าออกบ้าน]\n\n"
            "<<ข้าพเจ้าและภรรยามีโรคประจำตัว[ความดันโลหิตสูง|โรคหัวใจ] [นอนไม่หลับติดต่อกันหลายสัปดาห์|แพทย์แนะนำให้พักผ่อนให้เพียงพอ] "
            "##เพื่อนบ้านในซอยเดียวกันอีก [5|6|8] หลังคาเรือนได้รับความเดือดร้อนเช่นกัน "
            "และได้ร่วมกันลงชื่อไว้แล้ว >>"
            "ข้าพเจ้าเคยโทรแจ้งสายด่วน 191 ไปแล้ว [3|4] ครั้ง ตำรวจมาตักเตือน ร้านลดเสียงลงได้ประมาณครึ่งชั่วโมง "
            "แล้วก็เปิดดังเหมือนเดิม ข้าพเจ้าได้ไปพูดคุยกับเจ้าของร้านด้วยตนเองอย่างสุภาพแล้ว "
            "[แต่ได้รับคำตอบว่าร้านได้รับอนุญาตถูกต้อง|แต่เจ้าของร้านไม่ให้ความร่วมมือ]\n\n"
            "ข้าพเจ้าไม่ประสงค์จะให้ผู้ใดเดือดร้อนในการทำมาหากิน เพียงขอให้หน่วยงานที่เกี่ยวข้อง"
            "[ตรวจวัดระดับเสียง|ตรวจสอบใบอนุญาตและเวลาเปิดปิดของร้าน] "
            "และกำหนดให้ร้านปฏิบัติตามกฎหมายเท่านั้น "
            "[ทั้งนี้ได้แนบรายชื่อเพื่อนบ้านและคลิปเสียงที่บันทึกไว้มาพร้อมนี้|ข้าพเจ้ามีคลิปเสียงบันทึกไว้ หากต้องการสามารถส่งให้ได้]\n\n"
            "จึงเรียนมาเพื่อโปรดพิจารณา[ดำเนินการ|ให้ความอนุเคราะห์]\n"
            "ขอแสดงความนับถือ\n{person}\nโทร {phone}"
        ),
    ),
    Frame(
        id="service_issue.credible.temple_road_official",
        category="service_issue",
        credibility="credible",
        hard="service_official",
        voice="temple committee member, formal letter naming the official already told",
        channels=("letter", "web_form"),
        text=(
            "เรียน นายกองค์การบริหารส่วนตำบล{tambon}\n"
            "ด้วยข้าพเจ้า{person} กรรมการวัดประจำ{village} ตำบล{tambon} "
            "ขอเรียนว่า ถนนลูกรังเข้าวัดระยะทางประมาณ [800 เมตร|1 กิโลเมตร|1.2 กิโลเมตร] "
            "ถูกน้ำ[กัดเซาะ|ป่าไหลหลากกัดเซาะ]จนเป็นร่องลึกตั้งแต่[ช่วงฝนตกหนักเดือน{month}|พายุเมื่อวันที่ {date}] "
            "รถยนต์เข้าออกไม่ได้ ญาติโยมต้องเดินลุยโคลน[ ผู้สูงอายุหกล้มไปแล้ว 2 ราย|]\n"
            "<<คณะกรรมการวัดได้แจ้ง[ปลัด อบต.|ผู้อำนวยการกองช่าง|นายช่างโยธา]{name}ด้วยวาจาไปแล้วเมื่อต้นเดือน "
            "และได้ยื่นหนังสือต่อ อบต.{tambon}อีกครั้งเมื่อวันที่ {date} "
            "##[ทราบว่าถนนสายนี้อยู่ในความรับผิดชอบของ อบต.{tambon}|ผู้ใหญ่บ้านยืนยันว่าเป็นทางสาธารณะ] >>"
            "แต่จนถึงวันนี้ยังไม่มีเจ้าหน้าที่มาสำรวจ\n"
            "นอกจากนี้ถนนสายดังกล่าวยังเป็นเส้นทางที่นักเรียนจาก{village}ใช้เดินทางไปโรงเรียน "
            "และเป็นทางลำเลียงผลผลิตทางการเกษตรของชาวบ้านประมาณ [60|80|100] ครัวเรือน "
            "ช่วงที่ผ่านมามีรถจักรยานยนต์ล้มในร่องน้ำแล้ว[หลายครั้ง|อย่างน้อยสามครั้ง]\n"
            "เนื่องจาก[งานบุญกฐิน|งานประจำปีของวัด]จะมีขึ้นใน[เดือนหน้า|อีกไม่กี่สัปดาห์] "
            "จึงใคร่ขอความอนุเคราะห์[ลงหินคลุกปรับเกรดเป็นการชั่วคราว|ซ่อมแซมเบื้องต้น]ก่อน\n"
            "จึงเรียนมาเพื่อโปรดพิจารณา"
        ),
    ),
    Frame(
        id="service_issue.credible.garbage_khet_insult",
        category="service_issue",
        credibility="credible",
        hard="credible_insult",
        voice="furious shop-house owner, LINE rant with real details",
        channels=("line_chat", "web_form"),
        text=(
            "[ไอ้พวกเขต|พวกสำนักงานเขต|พวก กทม.]ทำงานกันยังไงวะ[😡😡|!!!] "
            "ขยะหน้า" + SOI + "[ไม่มีคนมาเก็บ|รถขยะไม่เข้า]ตั้งแต่{weekday}ที่แล้ว [หกวัน|เจ็ดวัน]แล้ว[โว้ย|นะ] "
            "<<กองสูงเท่าเอวแล้ว[ หมาแมวคุ้ยเละ|] ##[หนอนขึ้นแล้ว|เหม็นเข้าไปถึงในร้าน] >>"
            "[โทรไป{phone}|โทรไปสำนักงานเขต]ก็บอกรถเสีย[ทุกที|อยู่นั่นแหละ] "
            "[ขี้เกียจกันหรือไง|กินเงินเดือนภาษีกูฟรีๆ] "
            "[วันนี้ถ้าไม่มาเก็บจะขนไปเทหน้าเขตเลย|รีบมาเก็บเดี๋ยวนี้]"
        ),
    ),
    Frame(
        id="service_issue.credible.new_road_already_broken",
        category="service_issue",
        credibility="credible",
        hard="two_category",
        voice="village shop owner, LINE, suspects shoddy work but mainly wants repair",
        channels=("line_chat", "web_form"),
        text=(
            "[สวัสดีครับ|ขอแจ้งเรื่องครับ] ถนน[คอนกรีต|ลาดยาง]เส้น{village}ไป[ตลาด|วัด]ที่[เพิ่งทำเสร็จ|เพิ่งส่งมอบ]เดือน{month}"
            "[ ป้ายบอกว่า{project}|] "
            "<<ตอนนี้[แตกเป็นแนวยาว|ยุบเป็นหลุม]แล้ว [3|4|5] จุด ##"
            "[ช่วงหน้าโรงเรียน|ตรงโค้งก่อนถึงบ้านผม]ไหล่ทางทรุดรถสวนกันไม่ได้ >>"
            "[ผมไม่รู้นะว่าทำตามแบบหรือเปล่า|ไม่รู้ว่าปูนบางหรืออะไร] "
            "แต่ตอนนี้อยากให้[อบต.|ผู้รับผิดชอบ]มาซ่อมก่อนครับ[ ยังอยู่ในประกันงานอยู่|] "
            "[เดี๋ยวถ่ายรูปส่งให้|มีรูปครับ]"
        ),
    ),
    Frame(
        id="service_issue.credible.water_bill_rude_counter",
        category="service_issue",
        credibility="credible",
        hard="two_category",
        voice="housewife, web form; wrong meter reading plus a rude clerk",
        channels=("web_form", "letter"),
        text=(
            "[เรื่อง: ค่าน้ำประปาสูงผิดปกติ\n|]"
            "บิลค่าน้ำเดือน{month}ของบ้านดิฉัน[ที่|]{road} ขึ้นมาเป็น [1,850|2,430|3,120|4,600] บาท "
            "ปกติจ่ายเดือนละไม่ถึง[สามร้อย|สองร้อยห้าสิบ]ค่ะ บ้านอยู่กันสองคน "
            "<<ดิฉันเช็กมิเตอร์เองแล้ว เลขไม่ตรงกับในบิล[ ถ่ายรูปไว้แล้ว|] "
            "##[ไม่มีท่อรั่ว ช่างที่เรียกมาตรวจยืนยันแล้ว|ปิดก๊อกทุกตัวแล้วมิเตอร์ก็ไม่หมุน] >>"
            "ไปติดต่อที่[สำนักงานประปาสาขา|เคาน์เตอร์]เมื่อวันที่ {date} "
            "[เจ้าหน้าที่ผู้หญิงที่เคาน์เตอร์|พนักงานที่รับเรื่อง]พูดจาไม่ดี บอกให้จ่ายไปก่อนแล้วค่อยว่ากัน[ ไม่ยอมรับเรื่อง|] "
            "ดิฉันขอให้ส่งคนมาอ่านมิเตอร์ใหม่และแก้บิลให้ถูกต้องค่ะ"
        ),
    ),
    Frame(
        id="service_issue.credible.official_promised_lights",
        category="service_issue",
        credibility="credible",
        hard="service_official",
        voice="village headman's assistant on LINE, names the official who promised",
        channels=("line_chat", "phone_transcript"),
        text=(
            "[สวัสดีครับ|ครับผม] ผมผู้ช่วยผู้ใหญ่บ้าน {village}ครับ "
            "ไฟกิ่งตามทางเข้าหมู่บ้านดับ [7|9|11] ต้น[จากทั้งหมด 15 ต้น|] มา[สองเดือน|ตั้งแต่เดือน{month}]แล้ว "
            "<<ผมแจ้ง[นายช่าง|ปลัด|รองนายก]{name}ที่อบต.ไปตั้งแต่วันที่ {date} ท่านบอกว่าจะส่งช่างมาภายในอาทิตย์นั้น "
            "##[ช่วงนี้มีขโมยงัดบ้าน 2 หลังแล้ว|เด็กนักเรียนกลับจากเรียนพิเศษมืดมาก] >>"
            "[ยังไม่มีใครมาเลยครับ|ตามไปอีกรอบก็เงียบ] "
            "[ไม่ได้ต่อว่าท่านนะครับ|ไม่ได้จะฟ้องใคร] แค่อยากให้ช่วยตามเรื่องให้ครับ[ 🙏|]"
        ),
    ),
    Frame(
        id="service_issue.credible.flood_phone_ramble",
        category="service_issue",
        credibility="credible",
        voice="elderly woman on the phone, long and repetitive, about flooding after road raising",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหล [ค่ะ|จ้ะ] เอ่อ คือป้าจะแจ้งเรื่องน้ำท่วมนะ คือบ้านป้าอยู่" + SOI + " [" + KHET + "|]นะ "
            "[ป้าชื่อ{name}|ป้าอยู่บ้านนี้มาสามสิบกว่าปีแล้ว] "
            "คือแต่ก่อนมันไม่ท่วมนะ ไม่เคยท่วมเลย แต่ตั้งแต่เขามายกถนนหน้าบ้าน[เมื่อปีที่แล้ว|ช่วงต้นปี{year}] "
            "ถนนมันสูงกว่าบ้านป้า[ตั้งคืบนึง|เกือบครึ่งเมตร] พอฝนตกทีไรน้ำมันไหลเข้าบ้านป้าหมดเลย "
            "<<[เมื่อคืน|เมื่อวันที่ {date}]ก็ท่วม ท่วมเข้าไปในครัว ตู้เย็นป้าพังไปแล้วตัวนึง "
            "##คือป้าก็แก่แล้ว ต้องมานั่งตักน้ำออกตอนตีสองตีสาม ลูกหลานก็ไม่ได้อยู่ด้วย >>"
            "แล้วท่อระบายน้ำหน้าบ้านเนี่ย [เขาวางท่อเล็กนิดเดียว|ฝาท่อมันอยู่สูงกว่าพื้นถนนอีก] น้ำมันก็ไม่ลงท่อ "
            "ไปไหลเข้าบ้านคนหมด ไม่ใช่บ้านป้าบ้านเดียวนะ บ้าน[ลุงข้าง ๆ|ป้าตรงข้าม]ก็ท่วม "
            "คือป้าเคยไปบอกที่เขตแล้ว[ครั้งนึง|สองครั้ง] เขาก็จดไว้ บอกจะมาดู แล้วก็ไม่มา "
            "เอ่อ ป้าไม่ได้อยากด่าใครนะ ป้าแค่อยากให้เขามาทำท่อให้น้ำมันลงได้ "
            "[หรือทำรางระบายน้ำหน้าบ้านให้หน่อย|หรือเอากระสอบทรายมาให้ก่อนก็ได้] "
            "หน้าฝนนี้ยังอีกหลายเดือน ป้ากลัวไฟดูด[ปลั๊กมันอยู่ต่ำ|] "
            "เอ่อ เบอร์ป้า {phone} นะ [ถ้าไม่รับโทรหาลูกสาวป้าก็ได้|ป้าอยู่บ้านทั้งวัน] "
            "คือแบบว่า ช่วยป้าหน่อยนะ ขอบคุณมาก ๆ จ้ะ"
        ),
    ),
    # ------------------------------------------------------------------ frivolous
    Frame(
        id="service_issue.frivolous.road_bad_forever",
        category="service_issue",
        credibility="frivolous",
        voice="bored resident, one-line rant",
        channels=("line_chat", "web_form"),
        text=("ถนน[หน้าบ้าน|แถวบ้าน]พังมา[สิบปี|ตั้งแต่เกิด]แล้ว[มั้ง|] ไม่เคยมีใครสนใจ[ เบื่อ| เซ็ง|][ 🙄|]"),
    ),
    Frame(
        id="service_issue.frivolous.flood_every_year_rant",
        category="service_issue",
        credibility="frivolous",
        voice="office worker stuck in rain, LINE",
        channels=("line_chat",),
        text=("ฝนตกทีไรน้ำท่วม[ทุกที|ทุกปี] [เมื่อไหร่จะเลิกท่วม|กรุงเทพเมืองบาดาล]สักที[😩|😤|][ ประเทศนี้ไม่ไหวแล้ว|]"),
    ),
    Frame(
        id="service_issue.frivolous.want_skytrain_home",
        category="service_issue",
        credibility="frivolous",
        voice="student daydreaming on the city platform",
        channels=("line_chat", "web_form"),
        text=("อยากให้[มีรถไฟฟ้ามาถึงหน้าบ้าน|มีห้างมาเปิดใกล้บ้าน|ทำสวนน้ำในซอย]ค่ะ[ ขี้เกียจต่อรถ|][ 555|]"),
    ),
    Frame(
        id="service_issue.frivolous.too_hot_weather",
        category="service_issue",
        credibility="frivolous",
        voice="retiree who complains about everything, web form",
        channels=("web_form", "phone_transcript"),
        text=(
            "[เรื่อง: อากาศร้อน\nรายละเอียด: |]ทำไมปีนี้อากาศร้อน[ขนาดนี้|จัง] "
            "[ออกไปไหนก็ร้อน|แดดเผาจนหัวจะไหม้] ขอให้[ทางราชการ|กทม.|ผู้ว่าฯ]แก้ไข[ด่วน|โดยเร็ว]"
            "[ ทำให้ฝนตกบ้างก็ได้|]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.cuckoo_noise",
        category="service_issue",
        credibility="frivolous",
        voice="light sleeper, LINE",
        channels=("line_chat",),
        text=("[นกกาเหว่า|นกดุเหว่า|จิ้งจก]ร้อง[ทั้งคืน|ตั้งแต่ตีสี่] นอนไม่หลับ[เลย|] ขอให้เขตส่งคนมาจับไปที[ค่ะ|ครับ][ 😴|]"),
    ),
    Frame(
        id="service_issue.frivolous.vendor_fined_admits",
        category="service_issue",
        credibility="frivolous",
        voice="street vendor who admits breaking the rule",
        channels=("line_chat", "phone_transcript"),
        text=(
            "[คือ|แบบว่า] โดนเทศกิจ[ยึดแผง|ปรับ]เพราะ[ตั้งขายบนทางเท้า|วางของล้ำเส้น]ค่ะ "
            "ก็รู้[แหละ|อยู่]ว่าผิด[ เขาเตือนมาสองรอบแล้ว|] "
            "แต่[ขอของคืนฟรีได้มั้ย|ไม่อยากจ่ายค่าปรับอะ] [ช่วงนี้ขายไม่ดี|เงินไม่มี][ 🥺|]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.water_cut_unpaid",
        category="service_issue",
        credibility="frivolous",
        voice="young renter, annoyed, admits not paying",
        channels=("line_chat", "web_form"),
        text=(
            "ประปามาตัดน้ำบ้านผม[เฉยเลย|ไม่บอกกันก่อน] "
            "[ยอมรับว่า|ก็จริงที่]ไม่ได้จ่าย[มาสี่เดือน|มาครึ่งปี]แล้ว[ลืม|] "
            "แต่ตัดแบบนี้ได้ไง อยากให้มาต่อให้[ฟรี|ก่อน] [แล้วค่อยคุยกัน|ไม่งั้นจะร้องเรียนให้ถึงที่สุด]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.traffic_joke",
        category="service_issue",
        credibility="frivolous",
        voice="joking commuter",
        channels=("line_chat",),
        text="รถติดจน[แก่|ผมหงอก|หนวดขึ้น]แล้ว[ครับ|ค่ะ] ขอคืน[อายุ|เวลาชีวิต]ด้วย[ 555|555+|🤣]",
    ),
    Frame(
        id="service_issue.frivolous.province_worst_roads",
        category="service_issue",
        credibility="frivolous",
        voice="commenter, vague province-wide complaint",
        channels=("web_form", "line_chat"),
        text=(
            "ถนนใน[จังหวัด|จ.]{province}[แย่ที่สุดในประเทศ|ห่วยสุดในโลก] "
            "[ขับไปไหนก็เจอหลุม|ไฟก็มืด ถนนก็พัง] "
            "[ผู้ใหญ่ในจังหวัดช่วยทำอะไรซักอย่างเถอะ|อายต่างชาติเขา][ครับ|]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.road_money_eaten_vocab",
        category="service_issue",
        credibility="frivolous",
        hard="frivolous_vocab",
        voice="angry netizen, corruption words but nothing checkable",
        channels=("line_chat", "web_form"),
        text=(
            "[พวกข้าราชการ|พวกนักการเมือง]โกงกินงบซ่อมถนนกันหมด[ทุกเส้น|ทุกหน่วย] "
            "ทุจริตคอรัปชั่น[ทั้งประเทศ|กันเป็นขบวนการ] [ถนนถึงได้พังเป็นหลุมแบบนี้|ไฟถนนถึงได้ดับทั้งเมือง] "
            "[เงินภาษีเราไปเข้ากระเป๋าใครก็ไม่รู้|กินกันอิ่มหมีพีมัน] "
            "[ประเทศไทยไม่มีวันเจริญ|จับเข้าคุกให้หมด][!!!|😡|]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.drain_budget_vanish_vocab",
        category="service_issue",
        credibility="frivolous",
        hard="frivolous_vocab",
        voice="elderly caller, rambling suspicion, no place or act",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหล เอ่อ [ลุง|ป้า]จะแจ้งว่า ไอ้งบลอกท่อเนี่ย มันหายไปไหนหมด [ปีนึงตั้งหลายล้าน|ได้ข่าวว่าเป็นร้อยล้าน] "
            "คือว่ามีคนกินสินบนแน่ ๆ เลย ทุจริตกันทั้งนั้น "
            "[ทีวีเขาก็พูดกัน|คนในตลาดเขาก็พูดกัน] น้ำถึงได้ท่วม "
            "[ถามว่าใคร|ถามว่าตรงไหน]เหรอ [ก็ไม่รู้หรอก|ก็พวกนั้นแหละ] พวกข้างบนน่ะ "
            "ฝากไปตรวจสอบให้หมดเลยนะ[ ทุกหน่วยเลย|]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.red_light_corruption_vocab",
        category="service_issue",
        credibility="frivolous",
        hard="frivolous_vocab",
        voice="impatient driver, conspiracy about traffic lights",
        channels=("line_chat", "web_form"),
        text=(
            "ไฟแดง[ทุกแยก|ทั่วกรุงเทพ]นานเกิน[ไป|] [สามนาที|ห้านาที]"
            "[ต้องมีคนรับสินบนจากบริษัทน้ำมันแน่ ๆ|ต้องมีการคอรัปชั่นแน่นอน]ให้รถติดจะได้เปลืองน้ำมัน "
            "[ใครทุจริตก็ไม่รู้|รู้กันทั้งนั้น] [สอบให้หมด|ปฏิรูปด่วน]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.director_should_walk",
        category="service_issue",
        credibility="frivolous",
        hard="service_official",
        voice="resident naming an office but describing nothing specific",
        channels=("web_form", "line_chat"),
        text=(
            "[ผอ.เขต|ท่านผู้อำนวยการเขต|ผู้ว่าฯ]ควรลงมาเดินดูเองบ้าง[นะครับ|ค่ะ] "
            "[เขตนี้|แถวนี้]มันแย่[ไปหมด|ทุกอย่าง] [ถนน ทางเท้า ขยะ|ทั้งเรื่องขยะเรื่องน้ำ] "
            "[นั่งแต่ในห้องแอร์|เห็นแต่ในรูปเฟซบุ๊ก] "
            "[ลองมาอยู่แบบชาวบ้านสักวัน|แล้วจะรู้]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.wifi_complaint",
        category="service_issue",
        credibility="frivolous",
        voice="teenager, LINE",
        channels=("line_chat",),
        text=(
            "[ไวไฟฟรีของรัฐ|เน็ตประชารัฐ|ไวไฟ กทม.]ช้า[มากกกก|ชิบ]"
            "[ เล่นเกมแลคตลอด| ดูติ๊กต็อกไม่ได้][ ช่วยเร่งสปีดให้หน่อย|][🤬|555|]"
        ),
    ),
    # ------------------------------------------------------------------ malicious
    Frame(
        id="service_issue.malicious.khet_director_insult",
        category="service_issue",
        credibility="malicious",
        hard="malicious_detail",
        voice="resident using a garbage complaint to insult a named director",
        channels=("line_chat", "web_form"),
        text=(
            "[ผอ.เขต|หัวหน้าฝ่ายรักษาความสะอาด] {person} [หน้าโง่|ไอ้ควาย|ไอ้สมองกลวง] "
            "ขยะหน้าซอย{count}กองมา[สามวัน|หลายวัน] "
            "[คนแบบนี้ไม่สมควรได้เป็นหัวหน้าใคร|หน้าตาก็ขี้เหร่ สมองก็ไม่มี] "
            "[ไล่มันออกไปซะ|ปลดออกเดี๋ยวนี้][!!!|😡😡|]"
        ),
    ),
    Frame(
        id="service_issue.malicious.mayor_mistress_road",
        category="service_issue",
        credibility="malicious",
        hard="malicious_detail",
        voice="villager spreading gossip about the nayok's private life",
        channels=("line_chat", "phone_transcript"),
        text=(
            "นายก[อบต.|เทศมนตรี]{name}[ เนี่ย| น่ะ] มัวแต่ไปหาเมียน้อย[แถว|]{place}[ทุกคืน|ทุกวันศุกร์] "
            "[ถนนหมู่บ้านถึงพังไม่มีใครซ่อม|ไฟถนนในหมู่บ้านถึงดับหมด] "
            "<<[เมียหลวงก็ด่าอยู่ทุกวัน|ลูกสาวก็ใจแตก] ##"
            "[รถ{plate}จอดหน้าบ้านผู้หญิงคนนั้นทั้งคืน|ชาวบ้านเห็นกันทั้งหมู่] >>"
            "[คนแบบนี้ไม่ควรเป็นผู้นำ|ให้มันลาออกไปเถอะ]"
        ),
    ),
    Frame(
        id="service_issue.malicious.threat_over_streetlight",
        category="service_issue",
        credibility="malicious",
        voice="drunk villager, LINE threat",
        channels=("line_chat", "phone_transcript"),
        text=(
            "ถ้าไฟหน้าบ้านกูยังไม่ซ่อม[ภายในอาทิตย์นี้|พรุ่งนี้] [ปลัด|ผู้ใหญ่|นายช่าง]{name}เจอกูแน่"
            "[ กูรู้ว่าบ้านมึงอยู่ไหน| รอดูละกัน][😠|]"
        ),
    ),
    Frame(
        id="service_issue.malicious.chain_fire_governor_flood",
        category="service_issue",
        credibility="malicious",
        voice="copy-paste campaign message",
        channels=("line_chat",),
        text=(
            "[‼️|🔥|📢]ส่งต่อให้ถึง [100|500|1,000] คน[!!!|!!] "
            "ไล่[ผู้ว่าฯ|นายกเทศมนตรี|ผอ.เขต]{person}ออก[เดี๋ยวนี้|] "
            "[น้ำท่วมเมืองทุกปีเพราะคนนี้คนเดียว|ขยะล้นเมืองเพราะมันคนเดียว] "
            "[ใครไม่ส่งต่อคือพวกเดียวกับมัน|ส่งแล้วพิมพ์ 99 ในคอมเมนต์] "
            "[ประชาชนทน{person}ไม่ไหวแล้ว|อย่าให้มันอยู่ครบวาระ]"
        ),
    ),
    Frame(
        id="service_issue.malicious.grudge_headman_election",
        category="service_issue",
        credibility="malicious",
        voice="villager who lost out in a village election, phone call",
        channels=("phone_transcript", "line_chat"),
        text=(
            "[ฮัลโหลครับ|ครับ] เอ่อ ผมจะร้องเรียนผู้ใหญ่{name}{village} คือ "
            "[ตอนเลือกตั้งผมไม่ได้เลือกเขา|ผมลงแข่งกับเขาเมื่อปีที่แล้ว] ตั้งแต่นั้นมาก็[มองหน้ากันไม่ติด|ไม่ถูกกัน] "
            "<<ถนนหน้าบ้านผม[ยังเป็นลูกรังอยู่|ยังเป็นหลุม] ##[ผมอยากให้เขาโดนปลดบ้าง|ผมอยากเห็นเขาตกเก้าอี้] >>"
            "[คนอย่างเขาผมรู้ไส้รู้พุงหมด|ผมจะแฉเรื่องส่วนตัวเขาให้ทั้งหมู่รู้] "
            "[ถามว่าเขาทำอะไรผิด|ถ้าถามว่าผิดอะไร] ก็[ไม่รู้สิ|แค่ไม่ชอบ] [แต่ไล่ออกไปก่อนเถอะ|คนแบบนี้ต้องไป]ครับ"
        ),
    ),
    Frame(
        id="service_issue.malicious.counter_clerk_looks",
        category="service_issue",
        credibility="malicious",
        hard="malicious_detail",
        voice="customer mocking a clerk's looks after a queue",
        channels=("line_chat", "web_form"),
        text=(
            "เจ้าหน้าที่[ผู้หญิง|]ช่อง [3|4|5] ที่สำนักงาน" + KHET + " ชื่อ{name} "
            "[อ้วนยังกับหมู|หน้าเหมือนยักษ์] [นั่งกินขนมทั้งวัน|แต่งหน้าเหมือนผี] "
            "ไปติดต่อวันที่ {date} [ให้รอคิวตั้งชั่วโมงนึง|ให้กรอกเอกสารใหม่หมด] "
            "[คนหน้าตาแบบนี้ไม่ควรให้มานั่งหน้าเคาน์เตอร์|ย้ายไปไว้หลังห้องซะ อย่าให้ใครเห็น][ 🤮|]"
        ),
    ),
    Frame(
        id="service_issue.malicious.polite_transfer_wife",
        category="service_issue",
        credibility="malicious",
        hard="malicious_detail",
        voice="polite, long anonymous letter attacking an official's family",
        channels=("letter",),
        text=(
            "เรียน [ท่านผู้ว่าราชการจังหวัด{province}|ท่านนายอำเภอ{district}]\n"
            "เรื่อง ขอให้พิจารณาย้ายผู้อำนวยการกองช่าง{name}\n\n"
            "ข้าพเจ้าในนามประชาชนผู้หวังดี[ ขอไม่เปิดเผยนาม|] ใคร่ขอกราบเรียนว่า "
            "[เมื่อวันที่ {date}|ช่วงเดือน{month}ที่ผ่านมา] ท่อระบายน้ำบริเวณ{place}อุดตันจนน้ำท่วมขังหลายวัน "
            "ซึ่งอยู่ในความรับผิดชอบของผู้อำนวยการกองช่าง{name}\n\n"
            "ข้าพเจ้าเห็นว่าสาเหตุที่แท้จริงมิใช่เรื่องท่อ หากแต่เป็นเพราะ ผอ.{name}"
            "[มีปัญหาครอบครัว|ไม่มีเวลาให้งาน] "
            "<<คู่สมรสของท่าน[เคยเป็นนักร้องคาราโอเกะ|เคยทำงานร้านเหล้า]และ[เป็นที่ครหาของชาวบ้าน|มีข่าวคาวกับผู้อื่น] "
            "##บุตรชายของท่าน[ติดยาเสพติด|เรียนไม่จบ]เป็นที่รู้กันทั้งตำบล "
            "##ตัวท่านเอง[มีรูปร่างหน้าตาไม่น่าเชื่อถือ|พูดจาไม่มีหางเสียง]ไม่สมกับตำแหน่ง >>"
            "บุคคลเช่นนี้ย่อมไม่อาจเป็นแบบอย่างแก่ข้าราชการผู้ใต้บังคับบัญชาได้\n\n"
            "ข้าพเจ้ามิได้มีอคติส่วนตัวใด ๆ ทั้งสิ้น เพียงแต่เห็นแก่ประโยชน์ของส่วนรวม "
            "[จึงขอให้ท่านพิจารณาย้ายบุคคลนี้ออกจากพื้นที่โดยเร็ว|จึงขอให้ท่านสั่งย้ายหรือให้ออกจากราชการ] "
            "[มิฉะนั้นข้าพเจ้าจำเป็นต้องนำเรื่องนี้เผยแพร่ทางสื่อสังคมออนไลน์|หากไม่มีความคืบหน้า ข้าพเจ้าจะส่งเรื่องไปยังสื่อมวลชน]\n\n"
            "จึงเรียนมาเพื่อโปรดพิจารณา\nด้วยความเคารพอย่างสูง\nประชาชนผู้หวังดี"
        ),
    ),
    Frame(
        id="service_issue.malicious.fired_garbage_worker_revenge",
        category="service_issue",
        credibility="malicious",
        hard="malicious_detail",
        voice="former garbage-truck worker seeking revenge on an ex-boss",
        channels=("line_chat", "phone_transcript"),
        text=(
            "[หัวหน้า|พี่]{name} [คนคุมรถขยะ|หัวหน้างานเก็บขยะ]ที่[สำนักงาน" + KHET + "|เทศบาล{tambon}] "
            "[ไล่ผมออก|ไม่ต่อสัญญาผม]เมื่อ[เดือน{month}|วันที่ {date}] "
            "[ตอนนี้ผมจะเอาคืนบ้าง|ผมจะทำให้มันตกงานเหมือนผม] "
            "<<รถขยะทะเบียน{plate}[ไม่เข้าซอยผม|เก็บขยะไม่หมด]ก็เพราะมันคนเดียว ##"
            "[มันเป็นคนขี้เหล้า เมียทิ้ง|มันชอบด่าลูกน้องต่อหน้าคนอื่น หน้าตัวเมีย] >>"
            "[ตรวจสอบมันด้วย|ไล่มันออกไปให้ได้] [ผมมีรูปเรื่องส่วนตัวมันอีกเยอะ|เดี๋ยวผมจะโพสต์ประจานมันด้วย]"
        ),
    ),
    Frame(
        id="service_issue.malicious.shame_post_nayok_house",
        category="service_issue",
        credibility="malicious",
        hard="malicious_detail",
        voice="angry resident planning a social-media pile-on",
        channels=("line_chat",),
        text=(
            "[จะเอา|กำลังจะเอา]รูปบ้าน[นายก|ส.ก.|ส.อบต.]{name}กับเบอร์{phone}ไปลงเฟส"
            "[ให้คนมาด่าจนต้องลาออก|ให้คนทั้งจังหวัดรุมด่า] "
            "[ถนนหน้าบ้านเรายังเป็นหลุม|ซอยเรายังมืด][แต่มันใช้ชีวิตสบาย|ส่วนมันนั่งกินเหล้า] "
            "[ลูกมันเรียนโรงเรียนไหนก็รู้|เมียมันทำงานที่ไหนก็รู้] [รอดูได้เลย|สะใจแน่]"
        ),
    ),
    Frame(
        id="service_issue.malicious.water_clerk_slur",
        category="service_issue",
        credibility="malicious",
        voice="customer hurling slurs at a water-office clerk on LINE",
        channels=("line_chat",),
        text=(
            "ไอ้[เจ้าหน้าที่|พนักงาน]ประปา{name}[ ไอ้ควาย| ไอ้ชาติชั่ว| ไอ้หน้าหมา][😡|🖕|] "
            "[มึงอย่าให้กูเจอข้างนอกนะ|จำหน้ามึงไว้แล้ว] "
            "[ไล่มันออกเลย|ต้องให้มันตกงาน]"
        ),
    ),
    Frame(
        id="service_issue.malicious.kamnan_party_family",
        category="service_issue",
        credibility="malicious",
        hard="malicious_detail",
        voice="neighbour of a kamnan, phone call mixing a noise complaint with family gossip",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหล เอ่อ คือจะแจ้ง[เรื่องกำนัน|กำนัน]{name}ตำบล{tambon}นะ "
            "[คืนวันที่ {date}|เมื่อคืน{weekday}]บ้านมันเปิดเพลงดัง[ถึงตีหนึ่ง|ทั้งคืน] "
            "แต่ที่อยากบอกจริง ๆ คือ [ลูกสาวมันท้องไม่มีพ่อ|เมียมันเล่นชู้กับคนขับรถ] รู้กันทั้งตำบล "
            "[ตัวมันเองก็หน้าด้าน|มันก็หน้าหนาเหลือเกิน] [คนแบบนี้มาเป็นกำนันได้ไง|ตระกูลนี้มันเลวทั้งบ้าน] "
            "อยากให้[ปลดมันออก|ถอดมันออกจากตำแหน่ง]เลย[ แค่นี้แหละ|]"
        ),
    ),
    Frame(
        id="service_issue.malicious.school_director_drunk_family",
        category="service_issue",
        credibility="malicious",
        voice="parent with a grudge against the school director, LINE",
        channels=("line_chat", "web_form"),
        text=(
            "ผอ.{school}[ คนใหม่|]ชื่อ{person} "
            "[ขี้เหล้าเมายา|หน้าตาก็เหมือนโจร] [เมียก็ทิ้งไปแล้ว|ลูกก็ไม่เอา] "
            "[ลูกฉันโดนครูตำหนิ|ลูกฉันไม่ได้เป็นนักกีฬาโรงเรียน]ก็เพราะมันนั่นแหละ "
            "[ห้องน้ำโรงเรียนก็สกปรก|สนามก็รก] "
            "[ย้ายมันไปให้พ้นหน้า|ขอให้ไล่ออกจากราชการ]ด้วย[ค่ะ|]"
        ),
    ),
    # ------------------------------------------------------------------ added hard cases
    Frame(
        id="service_issue.credible.streetlight_fourth_report_rude",
        category="service_issue",
        credibility="credible",
        hard="credible_insult",
        voice="fed-up resident, terse and rude Traffy re-report",
        channels=("web_form", "line_chat"),
        text=(
            "แจ้ง[รอบที่4|รอบที่5|เป็นรอบที่สาม]แล้วนะ.ไฟทางดับทั้ง{road}[ตั้งแต่ต้นเดือน{month}|มาเดือนกว่า]."
            "[มืดเป็นถ้ำ|มืดตึ๊ดตื๋อ][ ทำงานกันแบบควายๆ| ทำงานกันยังไง]"
            "[.จะรอให้มีคนโดนฉุดก่อนใช่มั้ย|.กดปิดเคสทั้งที่ยังไม่ได้ซ่อม][😡|]"
        ),
    ),
    Frame(
        id="service_issue.credible.ask_khet_follow_up_drain",
        category="service_issue",
        credibility="credible",
        hard="service_official",
        voice="condo juristic manager, polite terse follow-up naming the khet section",
        channels=("web_form",),
        text=(
            "รบกวน[ผู้อำนวยการ|ฝ่ายโยธา]สำนักงาน" + KHET + "ช่วยติดตามงานลอกท่อ{road}ค่ะ "
            "[เจ้าหน้าที่ฝ่ายโยธา|หัวหน้าฝ่ายโยธา]นัดว่าจะเข้ามาวันที่ {date} [แต่ไม่มีใครมา|แต่เลื่อนไปแล้วสองรอบ]"
            "[ ตอนนี้ฝนตกทีไรน้ำเอ่อเข้าลานจอดรถ|.ฝนเริ่มตกแล้วค่ะ][ ขอบคุณค่ะ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.market_drain_vendor_furious",
        category="service_issue",
        credibility="credible",
        hard="credible_insult",
        voice="fresh-market vendor, furious LINE message with the stall fee and dates",
        channels=("line_chat", "phone_transcript"),
        text=(
            "[ตลาดสดเทศบาล|ตลาดเทศบาลตำบล]{tambon}[ อำเภอ{district}|]น่ะ น้ำเน่า[ท่วมทางเดิน|เอ่อจากท่อ]มา[สองอาทิตย์|ตั้งแต่วันที่ {date}]แล้ว "
            "<<ลูกค้าไม่เดินเข้ามาเลย[ ผักเน่าทิ้งไปเป็นเข่ง|] ##"
            "เก็บค่าแผงวันละ {amount_small} [ทุกวันไม่เคยขาด|เก็บไม่เคยลืม] >>"
            "[แต่ไอ้ท่อตันแค่นี้ไม่ยอมมาลอก|ขอให้ลอกท่อแค่นี้ทำไม่ได้] "
            "[ไอ้พวกกินแรงชาวบ้าน|พวกหัวหมอ เก็บเงินเก่งอย่างเดียว] "
            "[พรุ่งนี้เช้าแม่ค้าจะไปนั่งรอที่สำนักงานเทศบาลกันทั้งตลาด|ถ้าไม่มาอาทิตย์นี้จะไม่จ่ายค่าแผงแล้ว]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.khet_staff_lazy_vague",
        category="service_issue",
        credibility="frivolous",
        hard="two_category",
        voice="grumbling resident mixing service and staff conduct, nothing specific",
        channels=("line_chat", "web_form"),
        text=(
            "เจ้าหน้าที่[เขต|เทศบาล]ขี้เกียจ[ทุกคน|กันหมด] [กินเงินเดือนฟรี|นั่งเล่นมือถือทั้งวัน] "
            "[ถนนก็พัง ขยะก็ล้น|ถนนพังทั้งเมือง] [ไม่รู้จะมีไว้ทำไม|เสียดายภาษี][ 🙄|]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.lights_out_graft_terse",
        category="service_issue",
        credibility="frivolous",
        hard="frivolous_vocab",
        voice="terse anonymous ticket blaming graft",
        channels=("web_form",),
        text="ไฟดับทั้ง[ซอย|เมือง][เพราะพวกโกงกินค่าไฟ|.งบหายเข้ากระเป๋าหมด|.คอรัปชั่นชัดๆ][ครับ|]",
    ),
    Frame(
        id="service_issue.frivolous.make_roads_better",
        category="service_issue",
        credibility="frivolous",
        voice="one-line wish with no place",
        channels=("web_form", "line_chat"),
        text="[ขอให้ทำถนนให้ดีกว่านี้|อยากให้บ้านเมืองสะอาดกว่านี้|ขอทางเท้าดีๆสักเส้น][ครับ|ค่ะ|][ ขอบคุณ|]",
    ),
    Frame(
        id="service_issue.malicious.engineer_drain_insult",
        category="service_issue",
        credibility="malicious",
        hard="service_official",
        voice="resident attacking a named municipal engineer over a drain",
        channels=("line_chat", "web_form"),
        text=(
            "นายช่าง{name} กองช่างเทศบาล{tambon} [ไอ้โง่|ไอ้คนไร้สมอง|หน้าตัวเมีย] "
            "[ท่อบ้านกูตันก็เพราะมึง|ท่อหน้าบ้านตันแล้วมึงไม่มา] "
            "[เรียนจบมาได้ไง|ซื้อวุฒิมาหรือไง] "
            "[ลูกเมียมึงคงอายแทน|บ้านมึงอยู่ไหนกูรู้] "
            "[ขอให้ไล่ออก|ไม่ต้องซ่อมแล้ว เอามันออกไปก่อน][!!|]"
        ),
    ),
    Frame(
        id="service_issue.malicious.terse_fire_director",
        category="service_issue",
        credibility="malicious",
        voice="terse Traffy ticket that is only an attack",
        channels=("web_form",),
        text="[ไฟดับ|ขยะล้น|น้ำท่วม].เพราะ[ผอ.เขต|ผู้ว่า|นายก]{name}[โง่|ไร้น้ำยา|ขี้เหล้า].ไล่ออกไป[ครับ|!!|]",
    ),
    # ------------------------------------------------------------------ terse tickets
    # Real platform tickets are often a few words: the platform attaches the place from GPS, so a short
    # ticket is still actionable (credible). Added after comparing with traffy-2024 (datasets/README.md).
    Frame(
        id="service_issue.credible.terse_road",
        category="service_issue",
        credibility="credible",
        voice="commuter filing a one-line ticket from a phone app",
        channels=("web_form", "line_chat"),
        text="[ถนน|ทางเท้า|ฟุตบาท|ทางเดินเท้า|ผิวถนน][ชำรุด|พัง|เป็นหลุม|ไม่เรียบ|เป็นโพรง|ทรุด][อันตรายมาก|อันตรายต่อผู้ใช้ทาง|][ครับ|ค่ะ|][ {road}|]",
    ),
    Frame(
        id="service_issue.credible.terse_light",
        category="service_issue",
        credibility="credible",
        voice="resident filing a one-line ticket at night",
        channels=("web_form", "line_chat"),
        text="[ไฟส่องสว่าง|ไฟทาง|ไฟถนน|ไฟสัญญาณจราจร|ไฟกิ่ง][ในซอย|หน้าบ้าน|ตรงทางแยก|][ดับ|ไม่ติด|ติดๆดับๆ][ครับ|ค่ะ|][ {count}ดวง|]",
    ),
    Frame(
        id="service_issue.credible.terse_garbage",
        category="service_issue",
        credibility="credible",
        voice="shop owner, terse ticket",
        channels=("web_form", "line_chat"),
        text="[ขยะ|ขยะล้นถัง|ขยะเต็มคลอง|ถังขยะเต็ม][ไม่มีคนมาเก็บ|ส่งกลิ่นเหม็น|ไม่เก็บมา {count} วันแล้ว|][ {road}|][ครับ|ค่ะ|]",
    ),
    Frame(
        id="service_issue.credible.terse_noise",
        category="service_issue",
        credibility="credible",
        voice="tired resident, terse ticket",
        channels=("web_form", "line_chat"),
        text="[เสียงดัง|เสียงดังรบกวนการพักผ่อน|ร้านเปิดเพลงเสียงดัง|ก่อสร้างเสียงดังกลางคืน][ ไม่ได้รับการแก้ไข| ทุกคืน|][ครับ|ค่ะ|]",
    ),
    Frame(
        id="service_issue.credible.terse_bus",
        category="service_issue",
        credibility="credible",
        voice="commuter at a bus stop",
        channels=("web_form", "line_chat"),
        text="[รถเมล์|รถเมล์สาย {count}|รถสองแถว][ควันดำ|รอนานมาก|ขับหวาดเสียว ปาดไปปาดมา|ไม่จอดป้าย][ครับ|ค่ะ|]",
    ),
    Frame(
        id="service_issue.credible.terse_flood",
        category="service_issue",
        credibility="credible",
        voice="resident after rain, terse ticket",
        channels=("web_form", "line_chat"),
        text="[น้ำท่วมขัง|น้ำขังไม่ระบาย|ท่อระบายน้ำตัน|ฝาท่อหาย][หน้าซอย|ในซอย|หน้าบ้าน|][ {road}|][ครับ|ค่ะ|]",
    ),
    Frame(
        id="service_issue.credible.terse_sidewalk",
        category="service_issue",
        credibility="credible",
        voice="pedestrian, terse ticket",
        channels=("web_form", "line_chat"),
        text="[จอดรถจักรยานยนต์|จอดรถ|ตั้งแผงลอย|วางของขาย][บนทางเท้า|บนฟุตบาท|กีดขวางทางเข้าออก|ขวางทางเดิน][ทุกวัน|][ครับ|ค่ะ|]",
    ),
    Frame(
        id="service_issue.frivolous.terse_follow_up",
        category="service_issue",
        credibility="frivolous",
        voice="someone chasing an earlier ticket without saying which",
        channels=("web_form", "line_chat"),
        text="[ขอตามเรื่อง|ตามเรื่องครับ|เรื่องที่แจ้งไปถึงไหนแล้ว|แจ้งไปนานแล้วยังไม่ทำ][ค่ะ|ครับ|]",
    ),
]
