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
 <renderer-v2 attr="kind" enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="categorizedSymbol">
  <categories>
   <category label="General emergency plan (PGUI)" render="true" symbol="0" value="PGUI" />
   <category label="Particular emergency plan (PPUI)" render="true" symbol="1" value="PPUI" />
   <category label="Monodisciplinary plan" render="true" symbol="2" value="monodisciplinary" />
   <category label="Internal plan (PIU)" render="true" symbol="3" value="internal" />
  </categories>
  <symbols>
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="0" type="fill">
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
      <Option name="color" type="QString" value="44,123,182,20" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="44,123,182,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.8" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="solid" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="44,123,182,20" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="44,123,182,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.8" />
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
      <Option name="color" type="QString" value="123,50,148,20" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="123,50,148,255" />
      <Option name="outline_style" type="QString" value="solid" />
      <Option name="outline_width" type="QString" value="0.8" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="solid" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="123,50,148,20" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="123,50,148,255" />
     <prop k="outline_style" v="solid" />
     <prop k="outline_width" v="0.8" />
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
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="2" type="fill">
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
      <Option name="color" type="QString" value="26,150,65,20" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="26,150,65,255" />
      <Option name="outline_style" type="QString" value="dash dot" />
      <Option name="outline_width" type="QString" value="0.8" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="solid" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="26,150,65,20" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="26,150,65,255" />
     <prop k="outline_style" v="dash dot" />
     <prop k="outline_width" v="0.8" />
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
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="3" type="fill">
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
      <Option name="color" type="QString" value="99,99,99,20" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="99,99,99,255" />
      <Option name="outline_style" type="QString" value="dot" />
      <Option name="outline_width" type="QString" value="0.8" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="solid" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="99,99,99,20" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="99,99,99,255" />
     <prop k="outline_style" v="dot" />
     <prop k="outline_width" v="0.8" />
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
  </symbols>
  <rotation />
  <sizescale />
 </renderer-v2>
 <labeling type="simple">
  <settings calloutType="simple">
   <text-style allowHtml="0" blendMode="0" capitalization="0" fieldName="code" fontFamily="DejaVu Sans" fontItalic="0" fontKerning="1" fontLetterSpacing="0" fontSize="8" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSizeUnit="Point" fontStrikeout="0" fontUnderline="0" fontWeight="50" fontWordSpacing="0" isExpression="0" legendString="Aa" multilineHeight="1" namedStyle="" previewBkgrdColor="255,255,255,255" textColor="51,51,51,255" textOpacity="1" textOrientation="horizontal" useSubstitutions="0">
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
  <field configurationFlags="None" name="plan_id">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="false" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="code">
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
        <Option name="General emergency plan (PGUI)" type="QString" value="PGUI" />
       </Option>
       <Option type="Map">
        <Option name="Particular emergency plan (PPUI)" type="QString" value="PPUI" />
       </Option>
       <Option type="Map">
        <Option name="Monodisciplinary plan" type="QString" value="monodisciplinary" />
       </Option>
       <Option type="Map">
        <Option name="Internal plan (PIU)" type="QString" value="internal" />
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
  <field configurationFlags="None" name="discipline">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="(none)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" />
       </Option>
       <Option type="Map">
        <Option name="D1 rescue" type="QString" value="D1" />
       </Option>
       <Option type="Map">
        <Option name="D2 medical" type="QString" value="D2" />
       </Option>
       <Option type="Map">
        <Option name="D3 police" type="QString" value="D3" />
       </Option>
       <Option type="Map">
        <Option name="D4 logistics" type="QString" value="D4" />
       </Option>
       <Option type="Map">
        <Option name="D5 information" type="QString" value="D5" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="risk_site">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="false" />
      <Option name="UseHtml" type="bool" value="false" />
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
        <Option name="In force" type="QString" value="in_force" />
       </Option>
       <Option type="Map">
        <Option name="Withdrawn" type="QString" value="withdrawn" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias field="plan_id" index="0" name="Plan" />
  <alias field="code" index="1" name="Code" />
  <alias field="kind" index="2" name="Kind" />
  <alias field="title" index="3" name="Title" />
  <alias field="discipline" index="4" name="Discipline" />
  <alias field="risk_site" index="5" name="Risk site" />
  <alias field="status" index="6" name="Status" />
 </aliases>
 <defaults>
  <default applyOnUpdate="0" expression="" field="plan_id" />
  <default applyOnUpdate="0" expression="" field="code" />
  <default applyOnUpdate="0" expression="" field="kind" />
  <default applyOnUpdate="0" expression="" field="title" />
  <default applyOnUpdate="0" expression="" field="discipline" />
  <default applyOnUpdate="0" expression="" field="risk_site" />
  <default applyOnUpdate="0" expression="" field="status" />
 </defaults>
 <constraints>
  <constraint constraints="0" exp_strength="0" field="plan_id" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="code" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="kind" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="title" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="discipline" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="risk_site" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="status" notnull_strength="0" unique_strength="0" />
 </constraints>
 <constraintExpressions>
  <constraint desc="" exp="" field="plan_id" />
  <constraint desc="" exp="" field="code" />
  <constraint desc="" exp="" field="kind" />
  <constraint desc="" exp="" field="title" />
  <constraint desc="" exp="" field="discipline" />
  <constraint desc="" exp="" field="risk_site" />
  <constraint desc="" exp="" field="status" />
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
  <field editable="0" name="code" />
  <field editable="0" name="discipline" />
  <field editable="0" name="kind" />
  <field editable="0" name="plan_id" />
  <field editable="0" name="risk_site" />
  <field editable="0" name="status" />
  <field editable="0" name="title" />
 </editable>
 <labelOnTop />
 <reuseLastValue />
 <dataDefinedFieldProperties />
 <widgets />
 <previewExpression>"code" || ' ' || "title"</previewExpression>
 <mapTip />
 <layerGeometryType>2</layerGeometryType>
</qgis>
