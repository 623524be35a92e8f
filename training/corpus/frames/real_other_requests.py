"""Real-register ``other`` frames (writer G): traffic, building sites, canals, animals, utilities, parks and
markets, where the ticket is not a matter for an integrity desk.

Traffy has three ticket types (complaint, suggestion, enquiry); these are the enquiries and suggestions to the
city, private disputes between neighbours, problems with private companies, lawful operations the writer
dislikes (a scheduled water or power cut, a permitted road closure, a dredging project on its plan) and thanks.
Nobody alleges an official did wrong. Credible where there is something specific to answer or pass on;
frivolous where nothing can be acted on.
"""

from training.corpus.frames.base import Frame
from training.corpus.frames.real_service_issue import HOUSE_NO, ROAD, SOI, SOI_N

_CITY = ("web_form", "line_chat")
ADDR = "[|||| เขต{khet}| เขต{khet}| แขวง{khwaeng} เขต{khet}]"
IN_SOI = "[ในซอย{bkk_road} " + SOI_N + "|ในซ.{bkk_road}" + SOI_N + "]"

FRAMES: list[Frame] = [
    # ================================================================== enquiries
    Frame(
        id="other.credible.real_g_question_site_hours",
        category="other",
        credibility="credible",
        voice="resident asking what hours a building site may work before complaining",
        channels=_CITY,
        setting="city",
        text=(
            "[สอบถามค่ะ |ขอสอบถามครับ |อยากทราบว่า|สอบถาม ]"
            "[ไซต์ก่อสร้างในเขตกรุงเทพ|งานก่อสร้างคอนโด|การก่อสร้างบ้าน]"
            "[ทำงานได้ถึงกี่โมง|ทำงานวันอาทิตย์ได้ไหม|เทปูนกลางคืนได้หรือเปล่า|ต้องขออนุญาตเขตก่อนตอกเสาเข็มไหม]"
            "[ พอดีมีไซต์ก่อสร้างติด" + SOI + "| เพราะข้างบ้านกำลังจะสร้างตึก|]"
            "[ จะได้รู้ว่าต้องแจ้งหรือเปล่า| จะได้เข้าใจถูกต้อง|]"
        ),
    ),
    Frame(
        id="other.credible.real_g_question_snake_hotline",
        category="other",
        credibility="credible",
        voice="resident asking whom to call when a snake comes in",
        channels=_CITY,
        setting="city",
        text=(
            "[อยากทราบว่า|สอบถามว่า|ขอสอบถาม]"
            "[ถ้างูเข้าบ้าน|ถ้าเจอตัวเงินตัวทองในบ้าน|ถ้ามีรังผึ้งใหญ่ที่หน้าบ้าน|ถ้าแมวติดอยู่บนต้นไม้]"
            "[ต้องโทรเบอร์ไหน|ต้องแจ้งหน่วยงานไหน|แจ้งผ่านแอปนี้ได้ไหม| เขต{khet}มีหน่วยจับไหม]"
            "[ จะได้เตรียมเบอร์ไว้| เพราะที่บ้านเจอบ่อยช่วงหน้าฝน|]"
        ),
    ),
    Frame(
        id="other.credible.real_g_question_street_parking_rule",
        category="other",
        credibility="credible",
        voice="driver asking whether kerbside parking is allowed on a marked road",
        channels=_CITY,
        setting="city",
        text=(
            "[ขอสอบถามว่า|สอบถามค่ะ |อยากทราบว่า]"
            "[ขอบทางทาสีขาวเหลือง|ขอบทางขาวแดง|ป้ายห้ามจอดวันคู่วันคี่|ช่องจอดที่ตีเส้นใหม่]"
            "[ " + ROAD + "| หน้า" + SOI + "] "
            "[จอดได้ช่วงเวลาไหน|หมายถึงห้ามจอดตลอดเวลาหรือเปล่า|ต้องเสียค่าจอดไหม|ใครเป็นคนดูแล]"
            "[ เพราะเห็นรถจอดกันเยอะแต่ไม่แน่ใจ| จะได้ไม่จอดผิด|]"
        ),
    ),
    Frame(
        id="other.credible.real_g_question_canal_dredge_schedule",
        category="other",
        credibility="credible",
        voice="community leader asking about the dredging plan for the canal",
        channels=_CITY,
        setting="city",
        text=(
            "[ขอสอบถาม|สอบถามแผน|อยากทราบ]"
            "[การขุดลอกคลองหลังชุมชน|การลอกคลองข้าง" + SOI + "|โครงการขุดลอกคลองในเขต{khet}]"
            "[ปีนี้มีในแผนไหม|จะเริ่มเดือนไหน|ทำช่วงก่อนหน้าฝนหรือเปล่า] "
            "[จะได้แจ้งชาวบ้านให้ย้ายเรือ|ชาวบ้านถามกันมา|ชุมชนจะได้เตรียมพื้นที่ให้]"
        ),
    ),
    # ================================================================== suggestions
    Frame(
        id="other.credible.real_g_suggest_bus_stop_move",
        category="other",
        credibility="credible",
        voice="commuter suggesting a bus stop be moved back",
        channels=_CITY,
        setting="city",
        text=(
            "[ขอเสนอแนะ|เสนอแนะ|ขอเสนอ]"
            "[ให้ย้ายป้ายรถเมล์กลับไปจุดเดิม|ให้ขยับป้ายรถเมล์ไปอีก 50 เมตร|ให้เพิ่มป้ายรถเมล์อีกจุด]"
            "[ " + ROAD + " ช่วงปาก" + SOI + "| หน้า[ตลาด|โรงพยาบาล|โรงเรียน] " + ROAD + "] "
            "[เพราะจุดใหม่อยู่ตรงทางออกซอย รถที่ออกมามองไม่เห็น|เพราะจุดปัจจุบันไม่มีหลังคาและไกลจากทางม้าลาย"
            "|เพราะคนแก่ต้องเดินไกล]"
            "[ ขอบคุณครับ| ขอบคุณค่ะ|]"
        ),
    ),
    Frame(
        id="other.credible.real_g_suggest_dog_zone_park",
        category="other",
        credibility="credible",
        voice="park regular suggesting a fenced dog area and more shade",
        channels=_CITY,
        setting="city",
        text=(
            "[อยากเสนอให้|ขอเสนอให้|อยากให้]สวนสาธารณะ[ของเขต{khet}|ใกล้" + SOI + " |ในชุมชน]"
            "[มีโซนสำหรับพาสุนัขมาเดินแยกจากลู่วิ่ง[ เพราะตอนนี้คนเดินกับหมาปนกัน| มีรั้วกั้น|]"
            "|เพิ่มต้นไม้ให้ร่มเงาริมลู่วิ่ง[ เพราะช่วงบ่ายร้อนมาก|]"
            "|เพิ่มจุดน้ำดื่ม[ เพราะช่วงเย็นคนมาออกกำลังกายเยอะ|]"
            "|ขยายเวลาเปิดถึงสามทุ่ม[ คนทำงานจะได้มาใช้หลังเลิกงาน|]]"
            "[ ขอบคุณ|]"
        ),
    ),
    Frame(
        id="other.credible.real_g_suggest_market_parking",
        category="other",
        credibility="credible",
        voice="vendor suggesting the weekend market close to cars in the evening",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "[ขอเสนอแนะค่ะ|เสนอแนะค่ะ] [ตลาดนัดวันเสาร์อาทิตย์|ถนนคนเดินหน้าตลาด|ตลาดนัดกลางคืน]"
            "[ " + ROAD + "|]" + ADDR + " "
            "[อยากให้ห้ามรถเข้าหลังห้าโมงเย็น|อยากให้จัดที่จอดรถแยกออกมา|อยากให้มีทางเดินสำหรับรถเข็นคนพิการ] "
            "[เพราะคนเดินเยอะมาก รถกับคนปนกันอันตราย|แม่ค้าจะได้ขนของสะดวก|ลูกค้าจะได้เดินสบาย]ค่ะ"
        ),
    ),
    # ================================================================== private disputes and private companies
    Frame(
        id="other.credible.real_g_neighbour_dog_barking_mediation",
        category="other",
        credibility="credible",
        voice="man asking for mediation over a neighbour's dogs barking inside their yard",
        channels=_CITY,
        setting="city",
        speaker="male",
        text=(
            "หมา[บ้านข้างๆ|บ้านตรงข้าม|บ้านเลขที่ " + HOUSE_NO + "][ ที่เลี้ยงไว้ [3|4|5] ตัว|]"
            "[เห่าทั้งคืน|หอนตอนตีสองตีสาม|เห่าทุกครั้งที่มีคนเดินผ่าน]ในรั้วบ้านเขา " + SOI + " "
            "[ไปคุยกับเจ้าของแล้ว[ 2 ครั้ง|]|เขียนจดหมายไปแล้ว] "
            "[เขาบอกว่าหมาเฝ้าบ้านก็ต้องเห่า|เขารับปากแต่ก็เหมือนเดิม]ครับ "
            "[อยากให้มีคนกลางช่วยไกล่เกลี่ยครับ|มีหน่วยงานไหนช่วยพูดคุยได้บ้างครับ]"
        ),
    ),
    Frame(
        id="other.credible.real_g_construction_crack_claim",
        category="other",
        credibility="credible",
        voice="home owner asking how to claim from the developer whose piling cracked her wall",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "[บริษัทที่สร้างคอนโด|ผู้รับเหมาที่สร้างบ้านจัดสรร|โครงการที่สร้างตึกแถว]ข้างบ้าน " + SOI + " "
            "[ตอกเสาเข็มจนผนังบ้านดิฉันร้าว|ทำให้พื้นห้องครัวทรุด|ทำให้กำแพงรั้วเอียง]ค่ะ "
            "[บริษัทส่งคนมาดูแล้วบอกว่าจะซ่อมให้ แต่ผ่านไปสองเดือนยังเงียบ|ติดต่อฝ่ายลูกค้าสัมพันธ์แล้วไม่มีคำตอบ] "
            "[อยากทราบว่าจะเรียกร้องค่าเสียหายได้ทางไหนคะ|มีหน่วยงานช่วยไกล่เกลี่ยกับบริษัทไหมคะ|ต้องไปแจ้งความก่อนหรือเปล่าคะ]"
        ),
    ),
    Frame(
        id="other.credible.real_g_private_market_rent",
        category="other",
        credibility="credible",
        voice="stallholder at a privately run market whose rent was raised",
        channels=_CITY,
        setting="city",
        text=(
            "ตลาด[เอกชน|ของเจ้าของที่ดิน]ที่ขายอยู่[ ใกล้" + SOI + "|]" + ADDR + " "
            "[ขึ้นค่าเช่าแผงจาก 3,000 เป็น 5,000 ต่อเดือน|เก็บค่าไฟแพงกว่าหน่วยการไฟฟ้า|ให้จ่ายค่าแผงล่วงหน้าหกเดือน] "
            "[โดยไม่มีสัญญาเป็นลายลักษณ์อักษร|แจ้งล่วงหน้าแค่ 3 วัน|ไม่มีใบเสร็จ] "
            "[อยากทราบว่ามีหน่วยงานไหนดูแลเรื่องนี้|ขอคำแนะนำว่าแม่ค้าทำอะไรได้บ้าง|สคบ. ช่วยได้ไหม]"
        ),
    ),
    # ================================================================== lawful operations the writer dislikes
    Frame(
        id="other.credible.real_g_scheduled_water_cut",
        category="other",
        credibility="credible",
        voice="resident annoyed by a water cut announced in advance for mains work",
        channels=_CITY,
        setting="city",
        text=(
            "[การประปานครหลวง|กปน.|ประปา]ประกาศหยุดจ่ายน้ำ[ตั้งแต่สี่ทุ่มถึงตีห้า|ทั้งวันเสาร์|ตั้งแต่เช้าถึงบ่ายสาม]"
            "[ เพื่อเชื่อมท่อ| เพื่อซ่อมท่อประธาน|]" + ADDR + " "
            "[รู้ว่าแจ้งล่วงหน้าแล้ว|เข้าใจว่าต้องซ่อม] "
            "[แต่ทำไมต้องเป็นวันหยุด คนอยู่บ้านกันหมด|แต่อยากให้เลือกช่วงกลางคืนแทน|แต่ร้านอาหารในซอยเดือดร้อนมาก] "
            "[ขอให้พิจารณาครั้งหน้าด้วย|อยากให้มีรถน้ำมาตั้งจุดบริการ|]"
        ),
    ),
    Frame(
        id="other.credible.real_g_scheduled_power_cut_male",
        category="other",
        credibility="credible",
        voice="home worker upset by a planned power cut for line maintenance",
        channels=_CITY,
        setting="city",
        speaker="male",
        text=(
            "[การไฟฟ้านครหลวง|กฟน.]ประกาศดับไฟ[ทั้งวัน|ตั้งแต่ 08.30-16.30 น.|ครึ่งวันเช้า]"
            "[ เพื่อปรับปรุงระบบจำหน่าย| เพื่อย้ายเสาไฟลงดิน| เพื่อตัดต้นไม้ใกล้แนวสาย|]"
            "[ " + IN_SOI + "|]" + ADDR + " "
            "[ผมทำงานที่บ้าน|ที่บ้านเปิดร้านขายของชำ|ลูกเรียนออนไลน์] [เข้าใจว่าต้องทำ|ไม่ได้ว่าอะไร]ครับ "
            "[แต่อยากให้แจ้งล่วงหน้าเกินสามวัน|แต่อยากให้แบ่งทำทีละช่วง|แต่เดือนนี้ดับมาสองรอบแล้ว]ครับ"
        ),
    ),
    Frame(
        id="other.credible.real_g_rail_works_road_closure",
        category="other",
        credibility="credible",
        voice="driver who dislikes a permitted lane closure for rail construction",
        channels=_CITY,
        setting="city",
        text=(
            "[ปิดช่องจราจร|ปิดถนน|ปิดเลนซ้าย] " + ROAD + " "
            "[เพื่อก่อสร้างรถไฟฟ้า|เพื่อก่อสร้างสถานี|ตามประกาศก่อสร้างอุโมงค์]"
            "[ ตั้งแต่สี่ทุ่มถึงตีห้า| มาหลายเดือน| ถึงสิ้นปี] "
            "[รู้ว่ามีประกาศแล้ว|เข้าใจว่าได้รับอนุญาต] "
            "[แต่รถติดมากช่วงเช้า|แต่ทางเลี่ยงแคบมาก|แต่ป้ายบอกทางเลี่ยงเล็กมองไม่เห็น] "
            "[อยากให้ติดป้ายบอกทางให้ชัดขึ้น|ขอให้เปิดเลนเพิ่มช่วงเร่งด่วน|อยากทราบว่าจะเปิดเมื่อไหร่]"
        ),
    ),
    # ================================================================== thanks
    Frame(
        id="other.credible.real_g_thanks_canal_cleared",
        category="other",
        credibility="credible",
        voice="resident thanking the crew that cleared a canal, asks them to keep the schedule",
        channels=_CITY,
        setting="city",
        text=(
            "[ขอบคุณ|ขอขอบคุณ|ขอบคุณมาก]"
            "[[ทีมเก็บผักตบ|เจ้าหน้าที่ลอกท่อ][ของเขต{khet}|]ที่มา[ช่วยเมื่อวาน|เร็วมาก|ทำให้เรียบร้อย]"
            "[ ที่" + SOI + "|] [ตอนนี้น้ำไหลดีแล้ว|น้ำไม่ขังแล้ว][ อยากให้มาแบบนี้ทุกปีก่อนหน้าฝน|]"
            "|ทีมเก็บกิ่งไม้[ของเขต{khet}|]ที่มา[เร็วมาก|ทำให้เรียบร้อย][ ที่" + SOI + "|] ซอยสะอาดขึ้นมาก"
            "|เจ้าหน้าที่ที่มาจับงูที่บ้าน[ " + SOI + "|]เมื่อคืน[ มาเร็วมาก|] ที่บ้านสบายใจแล้ว]"
            "[ ฝากขอบคุณทีมงานทุกคนด้วย|]"
        ),
    ),
    # ================================================================== frivolous
    Frame(
        id="other.frivolous.real_g_pest_control_ad",
        category="other",
        credibility="frivolous",
        voice="an advert for a pest-control or drain-cleaning firm posted as a ticket",
        channels=_CITY,
        text=(
            "[รับกำจัดปลวก มด แมลงสาบ|รับดูดส้วม ลอกท่อ ราคาถูก|รับจับงู ไล่นก ทุกพื้นที่|บริการล้างแอร์ ถูกที่สุด]"
            "[ ทั่วกรุงเทพ| บริการ 24 ชม.| ลดพิเศษเดือนนี้] [สนใจทักไลน์|โทรเลย|ติดต่อได้ที่หน้าเพจ]"
        ),
    ),
    Frame(
        id="other.frivolous.real_g_weather_complaint",
        category="other",
        credibility="frivolous",
        voice="complaint about the weather or nature, which no agency can act on",
        channels=_CITY,
        text=(
            "[ร้อนมากเลย|ฝนตกทุกวัน|ยุงกัดทั้งคืน|นกร้องดังตอนเช้า|ลมแรงมาก]"
            "[ ทำอะไรได้บ้าง| ใครรับผิดชอบ| ช่วยหน่อย| เบื่อแล้ว]"
            "[ 555| !!|]"
        ),
    ),
]
