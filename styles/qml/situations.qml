<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" labelsEnabled="1" maxScale="0" minScale="100000000" readOnly="1" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="AllStyleCategories" symbologyReferenceScale="-1" version="3.22.16-Białowieża">
 <flags>
  <Identifiable>1</Identifiable>
  <Removable>1</Removable>
  <Searchable>1</Searchable>
  <Private>0</Private>
 </flags>
 <temporal accumulate="0" durationField="" durationUnit="min" enabled="0" endExpression="" endField="" fixedDuration="0" limitMode="0" mode="0" startExpression="" startField="">
  <fixedRange>
   <start />
   <end />
  </fixedRange>
 </temporal>
 <renderer-v2 enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="RuleRenderer">
  <rules key="root">
   <rule filter="&quot;kind&quot; IN ('exercise', 'test')" key="exercise" label="Exercise or test (not real)" symbol="0" />
   <rule filter="ELSE" key="real" label="Incident or event" symbol="1" />
  </rules>
  <symbols>
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="0" type="fill">
    <data_defined_properties>
     <Option type="Map">
      <Option name="name" type="QString" value="" />
      <Option name="properties" />
      <Option name="type" type="QString" value="collection" />
     </Option>
    </data_defined_properties>
    <layer class="LinePatternFill" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="45" />
      <Option name="color" type="QString" value="197,27,125,255" />
      <Option name="distance" type="QString" value="3" />
      <Option name="distance_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="distance_unit" type="QString" value="MM" />
      <Option name="line_width" type="QString" value="0" />
      <Option name="line_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="line_width_unit" type="QString" value="MM" />
      <Option name="offset" type="QString" value="0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
     </Option>
     <prop k="angle" v="45" />
     <prop k="color" v="197,27,125,255" />
     <prop k="distance" v="3" />
     <prop k="distance_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="distance_unit" v="MM" />
     <prop k="line_width" v="0" />
     <prop k="line_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="line_width_unit" v="MM" />
     <prop k="offset" v="0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <data_defined_properties>
      <Option type="Map">
       <Option name="name" type="QString" value="" />
       <Option name="properties" />
       <Option name="type" type="QString" value="collection" />
      </Option>
     </data_defined_properties>
     <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@0@0" type="line">
      <data_defined_properties>
       <Option type="Map">
        <Option name="name" type="QString" value="" />
        <Option name="properties" />
        <Option name="type" type="QString" value="collection" />
       </Option>
      </data_defined_properties>
      <layer class="SimpleLine" enabled="1" locked="0" pass="0">
       <Option type="Map">
        <Option name="align_dash_pattern" type="QString" value="0" />
        <Option name="capstyle" type="QString" value="square" />
        <Option name="customdash" type="QString" value="5;2" />
        <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
        <Option name="customdash_unit" type="QString" value="MM" />
        <Option name="dash_pattern_offset" type="QString" value="0" />
        <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
        <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
        <Option name="draw_inside_polygon" type="QString" value="0" />
        <Option name="joinstyle" type="QString" value="bevel" />
        <Option name="line_color" type="QString" value="197,27,125,255" />
        <Option name="line_style" type="QString" value="solid" />
        <Option name="line_width" type="QString" value="0.4" />
        <Option name="line_width_unit" type="QString" value="MM" />
        <Option name="offset" type="QString" value="0" />
        <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
        <Option name="offset_unit" type="QString" value="MM" />
        <Option name="ring_filter" type="QString" value="0" />
        <Option name="trim_distance_end" type="QString" value="0" />
        <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
        <Option name="trim_distance_end_unit" type="QString" value="MM" />
        <Option name="trim_distance_start" type="QString" value="0" />
        <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
        <Option name="trim_distance_start_unit" type="QString" value="MM" />
        <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
        <Option name="use_custom_dash" type="QString" value="0" />
        <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
       </Option>
       <prop k="align_dash_pattern" v="0" />
       <prop k="capstyle" v="square" />
       <prop k="customdash" v="5;2" />
       <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
       <prop k="customdash_unit" v="MM" />
       <prop k="dash_pattern_offset" v="0" />
       <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
       <prop k="dash_pattern_offset_unit" v="MM" />
       <prop k="draw_inside_polygon" v="0" />
       <prop k="joinstyle" v="bevel" />
       <prop k="line_color" v="197,27,125,255" />
       <prop k="line_style" v="solid" />
       <prop k="line_width" v="0.4" />
       <prop k="line_width_unit" v="MM" />
       <prop k="offset" v="0" />
       <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
       <prop k="offset_unit" v="MM" />
       <prop k="ring_filter" v="0" />
       <prop k="trim_distance_end" v="0" />
       <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
       <prop k="trim_distance_end_unit" v="MM" />
       <prop k="trim_distance_start" v="0" />
       <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
       <prop k="trim_distance_start_unit" v="MM" />
       <prop k="tweak_dash_pattern_on_corners" v="0" />
       <prop k="use_custom_dash" v="0" />
       <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
       <data_defined_properties>
        <Option type="Map">
         <Option name="name" type="QString" value="" />
         <Option name="properties" />
         <Option name="type" type="QString" value="collection" />
        </Option>
       </data_defined_properties>
      </layer>
     </symbol>
    </layer>
    <layer class="SimpleFill" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="color" type="QString" value="197,27,125,255" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="197,27,125,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="1" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="no" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="197,27,125,255" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="197,27,125,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="1" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="style" v="no" />
     <data_defined_properties>
      <Option type="Map">
       <Option name="name" type="QString" value="" />
       <Option name="properties" />
       <Option name="type" type="QString" value="collection" />
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="1" type="fill">
    <data_defined_properties>
     <Option type="Map">
      <Option name="name" type="QString" value="" />
      <Option name="properties" />
      <Option name="type" type="QString" value="collection" />
     </Option>
    </data_defined_properties>
    <layer class="SimpleFill" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="color" type="QString" value="26,35,126,255" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="26,35,126,255" />
      <Option name="outline_style" type="QString" value="solid" />
      <Option name="outline_width" type="QString" value="1" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="no" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="26,35,126,255" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="26,35,126,255" />
     <prop k="outline_style" v="solid" />
     <prop k="outline_width" v="1" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="style" v="no" />
     <data_defined_properties>
      <Option type="Map">
       <Option name="name" type="QString" value="" />
       <Option name="properties" />
       <Option name="type" type="QString" value="collection" />
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
  </symbols>
 </renderer-v2>
 <labeling type="simple">
  <settings calloutType="simple">
   <text-style allowHtml="0" blendMode="0" capitalization="0" fieldName="CASE WHEN &quot;kind&quot; = 'test' THEN 'TEST: ' WHEN &quot;kind&quot; = 'exercise' THEN 'EXERCISE: ' ELSE '' END || &quot;title&quot;" fontFamily="DejaVu Sans" fontItalic="0" fontKerning="1" fontLetterSpacing="0" fontSize="10" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSizeUnit="Point" fontStrikeout="0" fontUnderline="0" fontWeight="75" fontWordSpacing="0" isExpression="1" legendString="Aa" multilineHeight="1" namedStyle="" previewBkgrdColor="255,255,255,255" textColor="0,0,0,255" textOpacity="1" textOrientation="horizontal" useSubstitutions="0">
    <families />
    <text-buffer bufferBlendMode="0" bufferColor="255,255,255,255" bufferDraw="0" bufferJoinStyle="128" bufferNoFill="1" bufferOpacity="1" bufferSize="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferSizeUnits="MM" />
    <text-mask maskEnabled="0" maskJoinStyle="128" maskOpacity="1" maskSize="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskSizeUnits="MM" maskType="0" maskedSymbolLayers="" />
    <background shapeBlendMode="0" shapeBorderColor="128,128,128,255" shapeBorderWidth="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeDraw="1" shapeFillColor="255,255,255,200" shapeJoinStyle="64" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeOffsetX="0" shapeOffsetY="0" shapeOpacity="1" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeRadiiX="0" shapeRadiiY="0" shapeRotation="0" shapeRotationType="0" shapeSVGFile="" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeSizeType="0" shapeSizeUnit="MM" shapeSizeX="0.59999999999999998" shapeSizeY="0.29999999999999999" shapeType="0">
     <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="fillSymbol" type="fill">
      <data_defined_properties>
       <Option type="Map">
        <Option name="name" type="QString" value="" />
        <Option name="properties" />
        <Option name="type" type="QString" value="collection" />
       </Option>
      </data_defined_properties>
      <layer class="SimpleFill" enabled="1" locked="0" pass="0">
       <Option type="Map">
        <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
        <Option name="color" type="QString" value="255,255,255,200" />
        <Option name="joinstyle" type="QString" value="bevel" />
        <Option name="offset" type="QString" value="0,0" />
        <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
        <Option name="offset_unit" type="QString" value="MM" />
        <Option name="outline_color" type="QString" value="128,128,128,255" />
        <Option name="outline_style" type="QString" value="no" />
        <Option name="outline_width" type="QString" value="0" />
        <Option name="outline_width_unit" type="QString" value="MM" />
        <Option name="style" type="QString" value="solid" />
       </Option>
       <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
       <prop k="color" v="255,255,255,200" />
       <prop k="joinstyle" v="bevel" />
       <prop k="offset" v="0,0" />
       <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
       <prop k="offset_unit" v="MM" />
       <prop k="outline_color" v="128,128,128,255" />
       <prop k="outline_style" v="no" />
       <prop k="outline_width" v="0" />
       <prop k="outline_width_unit" v="MM" />
       <prop k="style" v="solid" />
       <data_defined_properties>
        <Option type="Map">
         <Option name="name" type="QString" value="" />
         <Option name="properties" />
         <Option name="type" type="QString" value="collection" />
        </Option>
       </data_defined_properties>
      </layer>
     </symbol>
    </background>
    <shadow shadowBlendMode="6" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetAngle="135" shadowOffsetDist="1" shadowOffsetGlobal="1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowOpacity="0.69999999999999996" shadowRadius="1.5" shadowRadiusAlphaOnly="0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowScale="100" shadowUnder="0" />
    <dd_properties>
     <Option type="Map">
      <Option name="name" type="QString" value="" />
      <Option name="properties" />
      <Option name="type" type="QString" value="collection" />
     </Option>
    </dd_properties>
    <substitutions />
   </text-style>
   <text-format addDirectionSymbol="0" autoWrapLength="0" decimals="3" formatNumbers="0" leftDirectionSymbol="&lt;" multilineAlign="3" placeDirectionSymbol="0" plussign="0" reverseDirectionSymbol="0" rightDirectionSymbol="&gt;" useMaxLineLengthForAutoWrap="1" wrapChar="" />
   <placement centroidInside="0" centroidWhole="0" dist="0" distMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" fitInPolygonOnly="0" geometryGenerator="" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" layerType="UnknownGeometry" lineAnchorClipping="0" lineAnchorPercent="0.5" lineAnchorType="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" offsetType="0" offsetUnits="MM" overrunDistance="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" placement="4" placementFlags="10" polygonPlacementFlags="2" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" preserveRotation="1" priority="5" quadOffset="4" repeatDistance="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" rotationAngle="0" rotationUnit="AngleDegrees" xOffset="0" yOffset="0" />
   <rendering displayAll="0" drawLabels="1" fontLimitPixelSize="0" fontMaxPixelSize="10000" fontMinPixelSize="0" labelPerPart="0" limitNumLabels="0" maxNumLabels="2000" mergeLines="0" minFeatureSize="0" obstacle="1" obstacleFactor="1" obstacleType="1" scaleMax="0" scaleMin="0" scaleVisibility="0" unplacedVisibility="0" upsidedownLabels="0" zIndex="0" />
   <dd_properties>
    <Option type="Map">
     <Option name="name" type="QString" value="" />
     <Option name="properties" />
     <Option name="type" type="QString" value="collection" />
    </Option>
   </dd_properties>
   <callout type="simple">
    <Option type="Map">
     <Option name="anchorPoint" type="QString" value="pole_of_inaccessibility" />
     <Option name="blendMode" type="int" value="0" />
     <Option name="ddProperties" type="Map">
      <Option name="name" type="QString" value="" />
      <Option name="properties" />
      <Option name="type" type="QString" value="collection" />
     </Option>
     <Option name="drawToAllParts" type="bool" value="false" />
     <Option name="enabled" type="QString" value="0" />
     <Option name="labelAnchorPoint" type="QString" value="point_on_exterior" />
     <Option name="lineSymbol" type="QString" value="&lt;symbol alpha=&quot;1&quot; clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; type=&quot;line&quot;&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot; /&gt;&lt;Option name=&quot;properties&quot; /&gt;&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot; /&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot;&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;align_dash_pattern&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;capstyle&quot; type=&quot;QString&quot; value=&quot;square&quot; /&gt;&lt;Option name=&quot;customdash&quot; type=&quot;QString&quot; value=&quot;5;2&quot; /&gt;&lt;Option name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;customdash_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;joinstyle&quot; type=&quot;QString&quot; value=&quot;bevel&quot; /&gt;&lt;Option name=&quot;line_color&quot; type=&quot;QString&quot; value=&quot;60,60,60,255&quot; /&gt;&lt;Option name=&quot;line_style&quot; type=&quot;QString&quot; value=&quot;solid&quot; /&gt;&lt;Option name=&quot;line_width&quot; type=&quot;QString&quot; value=&quot;0.3&quot; /&gt;&lt;Option name=&quot;line_width_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;offset&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;ring_filter&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_end&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;trim_distance_start&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;use_custom_dash&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;/Option&gt;&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot; /&gt;&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot; /&gt;&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot; /&gt;&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot; /&gt;&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot; /&gt;&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot; /&gt;&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;offset&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot; /&gt;&lt;Option name=&quot;properties&quot; /&gt;&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot; /&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;/layer&gt;&lt;/symbol&gt;" />
     <Option name="minLength" type="double" value="0" />
     <Option name="minLengthMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
     <Option name="minLengthUnit" type="QString" value="MM" />
     <Option name="offsetFromAnchor" type="double" value="0" />
     <Option name="offsetFromAnchorMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
     <Option name="offsetFromAnchorUnit" type="QString" value="MM" />
     <Option name="offsetFromLabel" type="double" value="0" />
     <Option name="offsetFromLabelMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
     <Option name="offsetFromLabelUnit" type="QString" value="MM" />
    </Option>
   </callout>
  </settings>
 </labeling>
 <customproperties>
  <Option />
 </customproperties>
 <blendMode>0</blendMode>
 <featureBlendMode>0</featureBlendMode>
 <layerOpacity>1</layerOpacity>
 <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
  <activeChecks type="StringList">
   <Option type="QString" value="" />
  </activeChecks>
  <checkConfiguration />
 </geometryOptions>
 <legend showLabelLegend="0" type="default-vector" />
 <referencedLayers />
 <fieldConfiguration>
  <field configurationFlags="None" name="id">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="false" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="kind">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="Incident" type="QString" value="incident" />
       </Option>
       <Option type="Map">
        <Option name="Planned event" type="QString" value="event" />
       </Option>
       <Option type="Map">
        <Option name="Exercise" type="QString" value="exercise" />
       </Option>
       <Option type="Map">
        <Option name="Technical test" type="QString" value="test" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="status">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="Draft" type="QString" value="draft" />
       </Option>
       <Option type="Map">
        <Option name="Active" type="QString" value="active" />
       </Option>
       <Option type="Map">
        <Option name="Closed" type="QString" value="closed" />
       </Option>
       <Option type="Map">
        <Option name="Archived" type="QString" value="archived" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="phase">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="Operational only" type="QString" value="none" />
       </Option>
       <Option type="Map">
        <Option name="Communal phase" type="QString" value="communal" />
       </Option>
       <Option type="Map">
        <Option name="Provincial phase" type="QString" value="provincial" />
       </Option>
       <Option type="Map">
        <Option name="Federal phase" type="QString" value="federal" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="activation_level">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="(none)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
       </Option>
       <Option type="Map">
        <Option name="Stand-by" type="QString" value="standby" />
       </Option>
       <Option type="Map">
        <Option name="Pre-alert" type="QString" value="pre_alert" />
       </Option>
       <Option type="Map">
        <Option name="Alert" type="QString" value="alert" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="title">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="false" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="description">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="true" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="starts_at">
   <editWidget type="DateTime">
    <config>
     <Option type="Map">
      <Option name="allow_null" type="bool" value="true" />
      <Option name="calendar_popup" type="bool" value="true" />
      <Option name="display_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
      <Option name="field_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
      <Option name="field_iso_format" type="bool" value="true" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="ends_at">
   <editWidget type="DateTime">
    <config>
     <Option type="Map">
      <Option name="allow_null" type="bool" value="true" />
      <Option name="calendar_popup" type="bool" value="true" />
      <Option name="display_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
      <Option name="field_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
      <Option name="field_iso_format" type="bool" value="true" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="owner_org_id">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="false" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="is_exercise">
   <editWidget type="CheckBox">
    <config>
     <Option type="Map">
      <Option name="CheckedState" type="QString" value="" />
      <Option name="TextDisplayMethod" type="int" value="0" />
      <Option name="UncheckedState" type="QString" value="" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="version">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="false" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="created_by">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="false" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="created_at">
   <editWidget type="DateTime">
    <config>
     <Option type="Map">
      <Option name="allow_null" type="bool" value="true" />
      <Option name="calendar_popup" type="bool" value="true" />
      <Option name="display_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
      <Option name="field_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
      <Option name="field_iso_format" type="bool" value="true" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="updated_by">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="false" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="updated_at">
   <editWidget type="DateTime">
    <config>
     <Option type="Map">
      <Option name="allow_null" type="bool" value="true" />
      <Option name="calendar_popup" type="bool" value="true" />
      <Option name="display_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
      <Option name="field_format" type="QString" value="yyyy-MM-dd HH:mm:ss" />
      <Option name="field_iso_format" type="bool" value="true" />
     </Option>
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias field="id" index="0" name="Id" />
  <alias field="kind" index="1" name="Kind" />
  <alias field="status" index="2" name="Status" />
  <alias field="phase" index="3" name="Coordination phase" />
  <alias field="activation_level" index="4" name="Activation level" />
  <alias field="title" index="5" name="Title" />
  <alias field="description" index="6" name="Description" />
  <alias field="starts_at" index="7" name="Starts at" />
  <alias field="ends_at" index="8" name="Ends at" />
  <alias field="owner_org_id" index="9" name="Owner organisation" />
  <alias field="is_exercise" index="10" name="Exercise or test" />
  <alias field="version" index="11" name="Version" />
  <alias field="created_by" index="12" name="Created by" />
  <alias field="created_at" index="13" name="Created at" />
  <alias field="updated_by" index="14" name="Updated by" />
  <alias field="updated_at" index="15" name="Updated at" />
 </aliases>
 <defaults>
  <default applyOnUpdate="0" expression="" field="id" />
  <default applyOnUpdate="0" expression="" field="kind" />
  <default applyOnUpdate="0" expression="" field="status" />
  <default applyOnUpdate="0" expression="" field="phase" />
  <default applyOnUpdate="0" expression="" field="activation_level" />
  <default applyOnUpdate="0" expression="" field="title" />
  <default applyOnUpdate="0" expression="" field="description" />
  <default applyOnUpdate="0" expression="" field="starts_at" />
  <default applyOnUpdate="0" expression="" field="ends_at" />
  <default applyOnUpdate="0" expression="" field="owner_org_id" />
  <default applyOnUpdate="0" expression="" field="is_exercise" />
  <default applyOnUpdate="0" expression="" field="version" />
  <default applyOnUpdate="0" expression="" field="created_by" />
  <default applyOnUpdate="0" expression="" field="created_at" />
  <default applyOnUpdate="0" expression="" field="updated_by" />
  <default applyOnUpdate="0" expression="" field="updated_at" />
 </defaults>
 <constraints>
  <constraint constraints="0" exp_strength="0" field="id" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="kind" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="status" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="phase" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="activation_level" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="title" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="description" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="starts_at" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="ends_at" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="owner_org_id" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="is_exercise" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="version" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="created_by" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="created_at" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_by" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_at" notnull_strength="0" unique_strength="0" />
 </constraints>
 <constraintExpressions>
  <constraint desc="" exp="" field="id" />
  <constraint desc="" exp="" field="kind" />
  <constraint desc="" exp="" field="status" />
  <constraint desc="" exp="" field="phase" />
  <constraint desc="" exp="" field="activation_level" />
  <constraint desc="" exp="" field="title" />
  <constraint desc="" exp="" field="description" />
  <constraint desc="" exp="" field="starts_at" />
  <constraint desc="" exp="" field="ends_at" />
  <constraint desc="" exp="" field="owner_org_id" />
  <constraint desc="" exp="" field="is_exercise" />
  <constraint desc="" exp="" field="version" />
  <constraint desc="" exp="" field="created_by" />
  <constraint desc="" exp="" field="created_at" />
  <constraint desc="" exp="" field="updated_by" />
  <constraint desc="" exp="" field="updated_at" />
 </constraintExpressions>
 <expressionfields />
 <attributeactions />
 <attributetableconfig actionWidgetStyle="dropDown" sortExpression="" sortOrder="0">
  <columns />
 </attributetableconfig>
 <conditionalstyles>
  <rowstyles />
  <fieldstyles />
 </conditionalstyles>
 <storedexpressions />
 <editform tolerant="1" />
 <editforminit />
 <editforminitcodesource>0</editforminitcodesource>
 <editforminitfilepath />
 <editforminitcode />
 <featformsuppress>0</featformsuppress>
 <editorlayout>generatedlayout</editorlayout>
 <editable>
  <field editable="0" name="activation_level" />
  <field editable="0" name="created_at" />
  <field editable="0" name="created_by" />
  <field editable="0" name="description" />
  <field editable="0" name="ends_at" />
  <field editable="0" name="id" />
  <field editable="0" name="is_exercise" />
  <field editable="0" name="kind" />
  <field editable="0" name="owner_org_id" />
  <field editable="0" name="phase" />
  <field editable="0" name="starts_at" />
  <field editable="0" name="status" />
  <field editable="0" name="title" />
  <field editable="0" name="updated_at" />
  <field editable="0" name="updated_by" />
  <field editable="0" name="version" />
 </editable>
 <labelOnTop />
 <reuseLastValue />
 <dataDefinedFieldProperties />
 <widgets />
 <previewExpression>CASE WHEN "kind" = 'test' THEN 'TEST: ' WHEN "kind" = 'exercise' THEN 'EXERCISE: ' ELSE '' END || "title"</previewExpression>
 <mapTip />
 <layerGeometryType>2</layerGeometryType>
</qgis>
