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
 <renderer-v2 attr="kind" enableorderby="1" forceraster="0" referencescale="-1" symbollevels="1" type="categorizedSymbol">
  <categories>
   <category label="Red zone (exclusion perimeter)" render="true" symbol="0" value="red" />
   <category label="Orange zone (isolation perimeter)" render="true" symbol="1" value="orange" />
   <category label="Yellow zone (deterrence perimeter)" render="true" symbol="2" value="yellow" />
   <category label="Emergency planning zone" render="true" symbol="3" value="emergency_planning_zone" />
   <category label="Intervention zone" render="true" symbol="4" value="intervention_zone" />
   <category label="Evacuation area" render="true" symbol="5" value="evacuation" />
   <category label="Sheltering (confinement) area" render="true" symbol="6" value="sheltering" />
   <category label="Traffic-diversion area" render="true" symbol="7" value="traffic_diversion" />
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
    <layer class="SimpleFill" enabled="1" locked="0" pass="7">
     <Option type="Map">
      <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="color" type="QString" value="215,25,28,41" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="172,20,22,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.7" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="solid" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="215,25,28,41" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="172,20,22,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.7" />
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
    <layer class="SimpleFill" enabled="1" locked="0" pass="6">
     <Option type="Map">
      <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="color" type="QString" value="242,142,28,41" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="194,114,22,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.7" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="solid" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="242,142,28,41" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="194,114,22,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.7" />
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
    <layer class="SimpleFill" enabled="1" locked="0" pass="5">
     <Option type="Map">
      <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="color" type="QString" value="255,217,47,41" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="204,174,38,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.7" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="solid" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="255,217,47,41" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="204,174,38,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.7" />
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
      <Option name="color" type="QString" value="123,50,148,255" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="123,50,148,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.8" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="no" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="123,50,148,255" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="123,50,148,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.8" />
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
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="4" type="fill">
    <data_defined_properties>
     <Option type="Map">
      <Option name="name" type="QString" value="" />
      <Option name="properties" />
      <Option name="type" type="QString" value="collection" />
     </Option>
    </data_defined_properties>
    <layer class="LinePatternFill" enabled="1" locked="0" pass="2">
     <Option type="Map">
      <Option name="angle" type="QString" value="45" />
      <Option name="color" type="QString" value="44,123,182,102" />
      <Option name="distance" type="QString" value="2.5" />
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
     <prop k="color" v="44,123,182,102" />
     <prop k="distance" v="2.5" />
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
     <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@4@0" type="line">
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
        <Option name="line_color" type="QString" value="44,123,182,102" />
        <Option name="line_style" type="QString" value="solid" />
        <Option name="line_width" type="QString" value="0.35" />
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
       <prop k="line_color" v="44,123,182,102" />
       <prop k="line_style" v="solid" />
       <prop k="line_width" v="0.35" />
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
    <layer class="SimpleFill" enabled="1" locked="0" pass="2">
     <Option type="Map">
      <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="color" type="QString" value="44,123,182,255" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="44,123,182,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.6" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="no" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="44,123,182,255" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="44,123,182,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.6" />
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
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="5" type="fill">
    <data_defined_properties>
     <Option type="Map">
      <Option name="name" type="QString" value="" />
      <Option name="properties" />
      <Option name="type" type="QString" value="collection" />
     </Option>
    </data_defined_properties>
    <layer class="LinePatternFill" enabled="1" locked="0" pass="3">
     <Option type="Map">
      <Option name="angle" type="QString" value="45" />
      <Option name="color" type="QString" value="166,97,26,102" />
      <Option name="distance" type="QString" value="2.5" />
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
     <prop k="color" v="166,97,26,102" />
     <prop k="distance" v="2.5" />
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
     <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@5@0" type="line">
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
        <Option name="line_color" type="QString" value="166,97,26,102" />
        <Option name="line_style" type="QString" value="solid" />
        <Option name="line_width" type="QString" value="0.35" />
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
       <prop k="line_color" v="166,97,26,102" />
       <prop k="line_style" v="solid" />
       <prop k="line_width" v="0.35" />
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
    <layer class="LinePatternFill" enabled="1" locked="0" pass="3">
     <Option type="Map">
      <Option name="angle" type="QString" value="135" />
      <Option name="color" type="QString" value="166,97,26,102" />
      <Option name="distance" type="QString" value="2.5" />
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
     <prop k="angle" v="135" />
     <prop k="color" v="166,97,26,102" />
     <prop k="distance" v="2.5" />
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
     <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@5@1" type="line">
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
        <Option name="line_color" type="QString" value="166,97,26,102" />
        <Option name="line_style" type="QString" value="solid" />
        <Option name="line_width" type="QString" value="0.35" />
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
       <prop k="line_color" v="166,97,26,102" />
       <prop k="line_style" v="solid" />
       <prop k="line_width" v="0.35" />
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
    <layer class="SimpleFill" enabled="1" locked="0" pass="3">
     <Option type="Map">
      <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="color" type="QString" value="166,97,26,255" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="166,97,26,255" />
      <Option name="outline_style" type="QString" value="dash dot" />
      <Option name="outline_width" type="QString" value="0.6" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="no" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="166,97,26,255" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="166,97,26,255" />
     <prop k="outline_style" v="dash dot" />
     <prop k="outline_width" v="0.6" />
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
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="6" type="fill">
    <data_defined_properties>
     <Option type="Map">
      <Option name="name" type="QString" value="" />
      <Option name="properties" />
      <Option name="type" type="QString" value="collection" />
     </Option>
    </data_defined_properties>
    <layer class="PointPatternFill" enabled="1" locked="0" pass="4">
     <Option type="Map">
      <Option name="displacement_x" type="QString" value="0" />
      <Option name="displacement_x_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="displacement_x_unit" type="QString" value="MM" />
      <Option name="displacement_y" type="QString" value="0" />
      <Option name="displacement_y_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="displacement_y_unit" type="QString" value="MM" />
      <Option name="distance_x" type="QString" value="3" />
      <Option name="distance_x_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="distance_x_unit" type="QString" value="MM" />
      <Option name="distance_y" type="QString" value="3" />
      <Option name="distance_y_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="distance_y_unit" type="QString" value="MM" />
      <Option name="offset_x" type="QString" value="0" />
      <Option name="offset_x_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_x_unit" type="QString" value="MM" />
      <Option name="offset_y" type="QString" value="0" />
      <Option name="offset_y_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_y_unit" type="QString" value="MM" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
     </Option>
     <prop k="displacement_x" v="0" />
     <prop k="displacement_x_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="displacement_x_unit" v="MM" />
     <prop k="displacement_y" v="0" />
     <prop k="displacement_y_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="displacement_y_unit" v="MM" />
     <prop k="distance_x" v="3" />
     <prop k="distance_x_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="distance_x_unit" v="MM" />
     <prop k="distance_y" v="3" />
     <prop k="distance_y_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="distance_y_unit" v="MM" />
     <prop k="offset_x" v="0" />
     <prop k="offset_x_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_x_unit" v="MM" />
     <prop k="offset_y" v="0" />
     <prop k="offset_y_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_y_unit" v="MM" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <data_defined_properties>
      <Option type="Map">
       <Option name="name" type="QString" value="" />
       <Option name="properties" />
       <Option name="type" type="QString" value="collection" />
      </Option>
     </data_defined_properties>
     <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@6@0" type="marker">
      <data_defined_properties>
       <Option type="Map">
        <Option name="name" type="QString" value="" />
        <Option name="properties" />
        <Option name="type" type="QString" value="collection" />
       </Option>
      </data_defined_properties>
      <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
       <Option type="Map">
        <Option name="angle" type="QString" value="0" />
        <Option name="cap_style" type="QString" value="square" />
        <Option name="color" type="QString" value="1,133,113,102" />
        <Option name="horizontal_anchor_point" type="QString" value="1" />
        <Option name="joinstyle" type="QString" value="bevel" />
        <Option name="name" type="QString" value="circle" />
        <Option name="offset" type="QString" value="0,0" />
        <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
        <Option name="offset_unit" type="QString" value="MM" />
        <Option name="outline_color" type="QString" value="35,35,35,255" />
        <Option name="outline_style" type="QString" value="no" />
        <Option name="outline_width" type="QString" value="0" />
        <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
        <Option name="outline_width_unit" type="QString" value="MM" />
        <Option name="scale_method" type="QString" value="diameter" />
        <Option name="size" type="QString" value="1" />
        <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
        <Option name="size_unit" type="QString" value="MM" />
        <Option name="vertical_anchor_point" type="QString" value="1" />
       </Option>
       <prop k="angle" v="0" />
       <prop k="cap_style" v="square" />
       <prop k="color" v="1,133,113,102" />
       <prop k="horizontal_anchor_point" v="1" />
       <prop k="joinstyle" v="bevel" />
       <prop k="name" v="circle" />
       <prop k="offset" v="0,0" />
       <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
       <prop k="offset_unit" v="MM" />
       <prop k="outline_color" v="35,35,35,255" />
       <prop k="outline_style" v="no" />
       <prop k="outline_width" v="0" />
       <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
       <prop k="outline_width_unit" v="MM" />
       <prop k="scale_method" v="diameter" />
       <prop k="size" v="1" />
       <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
       <prop k="size_unit" v="MM" />
       <prop k="vertical_anchor_point" v="1" />
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
    <layer class="SimpleFill" enabled="1" locked="0" pass="4">
     <Option type="Map">
      <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="color" type="QString" value="1,133,113,255" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="1,133,113,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.6" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="no" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="1,133,113,255" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="1,133,113,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.6" />
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
   <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="7" type="fill">
    <data_defined_properties>
     <Option type="Map">
      <Option name="name" type="QString" value="" />
      <Option name="properties" />
      <Option name="type" type="QString" value="collection" />
     </Option>
    </data_defined_properties>
    <layer class="SimpleFill" enabled="1" locked="0" pass="1">
     <Option type="Map">
      <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="color" type="QString" value="99,99,99,255" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="99,99,99,255" />
      <Option name="outline_style" type="QString" value="dot" />
      <Option name="outline_width" type="QString" value="0.8" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="style" type="QString" value="no" />
     </Option>
     <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="color" v="99,99,99,255" />
     <prop k="joinstyle" v="bevel" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="99,99,99,255" />
     <prop k="outline_style" v="dot" />
     <prop k="outline_width" v="0.8" />
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
  <rotation />
  <sizescale />
  <orderby>
   <orderByClause asc="1" nullsFirst="0">CASE WHEN "kind" = 'red' THEN 100 WHEN "kind" = 'orange' THEN 90 WHEN "kind" = 'yellow' THEN 80 WHEN "kind" = 'emergency_planning_zone' THEN 10 WHEN "kind" = 'intervention_zone' THEN 50 WHEN "kind" = 'evacuation' THEN 60 WHEN "kind" = 'sheltering' THEN 70 WHEN "kind" = 'traffic_diversion' THEN 20 ELSE 0 END</orderByClause>
  </orderby>
 </renderer-v2>
 <labeling type="simple">
  <settings calloutType="simple">
   <text-style allowHtml="0" blendMode="0" capitalization="0" fieldName="label" fontFamily="DejaVu Sans" fontItalic="0" fontKerning="1" fontLetterSpacing="0" fontSize="8" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSizeUnit="Point" fontStrikeout="0" fontUnderline="0" fontWeight="50" fontWordSpacing="0" isExpression="0" legendString="Aa" multilineHeight="1" namedStyle="" previewBkgrdColor="255,255,255,255" textColor="69,90,100,255" textOpacity="1" textOrientation="horizontal" useSubstitutions="0">
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
  <field configurationFlags="None" name="kind">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="Red zone (exclusion perimeter)" type="QString" value="red" />
       </Option>
       <Option type="Map">
        <Option name="Orange zone (isolation perimeter)" type="QString" value="orange" />
       </Option>
       <Option type="Map">
        <Option name="Yellow zone (deterrence perimeter)" type="QString" value="yellow" />
       </Option>
       <Option type="Map">
        <Option name="Emergency planning zone" type="QString" value="emergency_planning_zone" />
       </Option>
       <Option type="Map">
        <Option name="Intervention zone" type="QString" value="intervention_zone" />
       </Option>
       <Option type="Map">
        <Option name="Evacuation area" type="QString" value="evacuation" />
       </Option>
       <Option type="Map">
        <Option name="Sheltering (confinement) area" type="QString" value="sheltering" />
       </Option>
       <Option type="Map">
        <Option name="Traffic-diversion area" type="QString" value="traffic_diversion" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="label">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="false" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias field="id" index="0" name="Id" />
  <alias field="plan_id" index="1" name="Plan" />
  <alias field="kind" index="2" name="Kind" />
  <alias field="label" index="3" name="Label" />
 </aliases>
 <defaults>
  <default applyOnUpdate="0" expression="" field="id" />
  <default applyOnUpdate="0" expression="" field="plan_id" />
  <default applyOnUpdate="0" expression="" field="kind" />
  <default applyOnUpdate="0" expression="" field="label" />
 </defaults>
 <constraints>
  <constraint constraints="0" exp_strength="0" field="id" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="plan_id" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="kind" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="label" notnull_strength="0" unique_strength="0" />
 </constraints>
 <constraintExpressions>
  <constraint desc="" exp="" field="id" />
  <constraint desc="" exp="" field="plan_id" />
  <constraint desc="" exp="" field="kind" />
  <constraint desc="" exp="" field="label" />
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
  <field editable="0" name="id" />
  <field editable="0" name="kind" />
  <field editable="0" name="label" />
  <field editable="0" name="plan_id" />
 </editable>
 <labelOnTop />
 <reuseLastValue />
 <dataDefinedFieldProperties />
 <widgets />
 <previewExpression>coalesce(nullif("label", ''), "kind")</previewExpression>
 <mapTip />
 <layerGeometryType>2</layerGeometryType>
</qgis>
