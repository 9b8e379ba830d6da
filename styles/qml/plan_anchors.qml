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
   <category label="Operational command post (PC-Ops)" render="true" symbol="0" value="pc_ops" />
   <category label="Coordination committee (CC)" render="true" symbol="1" value="coordination_committee" />
   <category label="Advanced medical post (PMA)" render="true" symbol="2" value="advanced_medical_post" />
   <category label="Triage / transfer point" render="true" symbol="3" value="triage_point" />
   <category label="Ambulance park" render="true" symbol="4" value="ambulance_park" />
   <category label="Victim and involved-persons reception centre" render="true" symbol="5" value="reception_centre" />
   <category label="Evacuation / shelter centre" render="true" symbol="6" value="evacuation_centre" />
   <category label="Regroupment point for responders" render="true" symbol="7" value="regroupment_point" />
   <category label="Staging area for means" render="true" symbol="8" value="staging_area" />
   <category label="Press point" render="true" symbol="9" value="press_point" />
   <category label="Helicopter landing zone" render="true" symbol="10" value="helicopter_landing_zone" />
   <category label="Decontamination point" render="true" symbol="11" value="decontamination_point" />
   <category label="Road block" render="true" symbol="12" value="road_block" />
   <category label="Incident origin (hazard source)" render="true" symbol="13" value="incident_origin" />
  </categories>
  <symbols>
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="0" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+T3BlcmF0aW9uYWwgY29tbWFuZCBwb3N0IChQQy1PcHMpOiBuYXZ5IHNxdWFyZSwgbGV0dGVycyBQQzwvdGl0bGU+CiAgPHBhdGggZD0iTTMgM0gyMVYyMUgzWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjMiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KICA8cGF0aCBkPSJNMyAzSDIxVjIxSDNaIiBmaWxsPSIjMWEyMzdlIi8+CiAgPGcgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjIuMiIgc3Ryb2tlLWxpbmVjYXA9InNxdWFyZSIgc3Ryb2tlLWxpbmVqb2luPSJtaXRlciI+CiAgICA8cGF0aCBkPSJNNi41IDE2LjVWNy41SDguOEEyLjUgMi41IDAgMCAxIDguOCAxMi41SDYuNSIvPgogICAgPHBhdGggZD0iTTE4LjIgOC42QTMuMiA0LjMgMCAxIDAgMTguMiAxNS40IiBzdHJva2UtbGluZWNhcD0iYnV0dCIvPgogIDwvZz4KPC9zdmc+Cg==" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+T3BlcmF0aW9uYWwgY29tbWFuZCBwb3N0IChQQy1PcHMpOiBuYXZ5IHNxdWFyZSwgbGV0dGVycyBQQzwvdGl0bGU+CiAgPHBhdGggZD0iTTMgM0gyMVYyMUgzWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjMiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KICA8cGF0aCBkPSJNMyAzSDIxVjIxSDNaIiBmaWxsPSIjMWEyMzdlIi8+CiAgPGcgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjIuMiIgc3Ryb2tlLWxpbmVjYXA9InNxdWFyZSIgc3Ryb2tlLWxpbmVqb2luPSJtaXRlciI+CiAgICA8cGF0aCBkPSJNNi41IDE2LjVWNy41SDguOEEyLjUgMi41IDAgMCAxIDguOCAxMi41SDYuNSIvPgogICAgPHBhdGggZD0iTTE4LjIgOC42QTMuMiA0LjMgMCAxIDAgMTguMiAxNS40IiBzdHJva2UtbGluZWNhcD0iYnV0dCIvPgogIDwvZz4KPC9zdmc+Cg==" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="1" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+Q29vcmRpbmF0aW9uIGNvbW1pdHRlZSAoQ0MpOiBibGFjayBmbGFnIG9uIGEgcG9sZSwgbGV0dGVycyBDQzwvdGl0bGU+CiAgPGcgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjMiIHN0cm9rZS1saW5lam9pbj0icm91bmQiPgogICAgPHBhdGggZD0iTTIuNSAySDUuM1YyMkgyLjVaIi8+CiAgICA8cGF0aCBkPSJNNS4zIDNIMjJWMTVINS4zWiIvPgogIDwvZz4KICA8cGF0aCBkPSJNMi41IDJINS4zVjIySDIuNVoiIGZpbGw9IiM1ZjYzNjgiLz4KICA8cGF0aCBkPSJNNS4zIDNIMjJWMTVINS4zWiIgZmlsbD0iIzIxMjEyMSIvPgogIDxnIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIyIj4KICAgIDxwYXRoIGQ9Ik0xMi40IDYuMUEyLjcgMy40IDAgMSAwIDEyLjQgMTEuOSIvPgogICAgPHBhdGggZD0iTTE5LjIgNi4xQTIuNyAzLjQgMCAxIDAgMTkuMiAxMS45Ii8+CiAgPC9nPgo8L3N2Zz4K" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+Q29vcmRpbmF0aW9uIGNvbW1pdHRlZSAoQ0MpOiBibGFjayBmbGFnIG9uIGEgcG9sZSwgbGV0dGVycyBDQzwvdGl0bGU+CiAgPGcgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjMiIHN0cm9rZS1saW5lam9pbj0icm91bmQiPgogICAgPHBhdGggZD0iTTIuNSAySDUuM1YyMkgyLjVaIi8+CiAgICA8cGF0aCBkPSJNNS4zIDNIMjJWMTVINS4zWiIvPgogIDwvZz4KICA8cGF0aCBkPSJNMi41IDJINS4zVjIySDIuNVoiIGZpbGw9IiM1ZjYzNjgiLz4KICA8cGF0aCBkPSJNNS4zIDNIMjJWMTVINS4zWiIgZmlsbD0iIzIxMjEyMSIvPgogIDxnIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIyIj4KICAgIDxwYXRoIGQ9Ik0xMi40IDYuMUEyLjcgMy40IDAgMSAwIDEyLjQgMTEuOSIvPgogICAgPHBhdGggZD0iTTE5LjIgNi4xQTIuNyAzLjQgMCAxIDAgMTkuMiAxMS45Ii8+CiAgPC9nPgo8L3N2Zz4K" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="10" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+SGVsaWNvcHRlciBsYW5kaW5nIHpvbmU6IHdoaXRlIGRpc2Mgd2l0aCBhIGJsYWNrIHJpbmcgYW5kIGxldHRlciBIPC90aXRsZT4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjEyIiByPSIxMSIgZmlsbD0iI2ZmZmZmZiIvPgogIDxjaXJjbGUgY3g9IjEyIiBjeT0iMTIiIHI9IjguNSIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjMTExMTExIiBzdHJva2Utd2lkdGg9IjIuMiIvPgogIDxwYXRoIGQ9Ik04LjQgNi44VjE3LjJNMTUuNiA2LjhWMTcuMk04LjQgMTJIMTUuNiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjMTExMTExIiBzdHJva2Utd2lkdGg9IjIuNCIvPgo8L3N2Zz4K" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+SGVsaWNvcHRlciBsYW5kaW5nIHpvbmU6IHdoaXRlIGRpc2Mgd2l0aCBhIGJsYWNrIHJpbmcgYW5kIGxldHRlciBIPC90aXRsZT4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjEyIiByPSIxMSIgZmlsbD0iI2ZmZmZmZiIvPgogIDxjaXJjbGUgY3g9IjEyIiBjeT0iMTIiIHI9IjguNSIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjMTExMTExIiBzdHJva2Utd2lkdGg9IjIuMiIvPgogIDxwYXRoIGQ9Ik04LjQgNi44VjE3LjJNMTUuNiA2LjhWMTcuMk04LjQgMTJIMTUuNiIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjMTExMTExIiBzdHJva2Utd2lkdGg9IjIuNCIvPgo8L3N2Zz4K" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="11" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+RGVjb250YW1pbmF0aW9uIHBvaW50OiBjeWFuIGRpYW1vbmQgd2l0aCBhIHNob3dlcjwvdGl0bGU+CiAgPHBhdGggZD0iTTEyIDEuOEwyMi4yIDEyTDEyIDIyLjJMMS44IDEyWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjMiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KICA8cGF0aCBkPSJNMTIgMS44TDIyLjIgMTJMMTIgMjIuMkwxLjggMTJaIiBmaWxsPSIjMDI4OGQxIi8+CiAgPGcgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2UtbGluZWNhcD0icm91bmQiPgogICAgPHBhdGggZD0iTTguMiA5LjJIMTUuOE0xMiA2LjJWOS4yIiBzdHJva2Utd2lkdGg9IjIiLz4KICAgIDxwYXRoIGQ9Ik05LjQgMTEuNkw4LjggMTQuMk0xMiAxMS42VjE1LjhNMTQuNiAxMS42TDE1LjIgMTQuMiIgc3Ryb2tlLXdpZHRoPSIxLjUiLz4KICA8L2c+Cjwvc3ZnPgo=" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+RGVjb250YW1pbmF0aW9uIHBvaW50OiBjeWFuIGRpYW1vbmQgd2l0aCBhIHNob3dlcjwvdGl0bGU+CiAgPHBhdGggZD0iTTEyIDEuOEwyMi4yIDEyTDEyIDIyLjJMMS44IDEyWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjMiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KICA8cGF0aCBkPSJNMTIgMS44TDIyLjIgMTJMMTIgMjIuMkwxLjggMTJaIiBmaWxsPSIjMDI4OGQxIi8+CiAgPGcgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2UtbGluZWNhcD0icm91bmQiPgogICAgPHBhdGggZD0iTTguMiA5LjJIMTUuOE0xMiA2LjJWOS4yIiBzdHJva2Utd2lkdGg9IjIiLz4KICAgIDxwYXRoIGQ9Ik05LjQgMTEuNkw4LjggMTQuMk0xMiAxMS42VjE1LjhNMTQuNiAxMS42TDE1LjIgMTQuMiIgc3Ryb2tlLXdpZHRoPSIxLjUiLz4KICA8L2c+Cjwvc3ZnPgo=" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="12" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+Um9hZCBibG9jazogcmVkIGFuZCB3aGl0ZSBzdHJpcGVkIGJhcnJpZXIgb24gdHdvIGxlZ3M8L3RpdGxlPgogIDxnIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIzIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj4KICAgIDxwYXRoIGQ9Ik0yIDVIMjJWMTMuNUgyWiIvPgogICAgPHBhdGggZD0iTTQgMTMuNUg3VjIxLjVINFpNMTcgMTMuNUgyMFYyMS41SDE3WiIvPgogIDwvZz4KICA8cGF0aCBkPSJNNCAxMy41SDdWMjEuNUg0Wk0xNyAxMy41SDIwVjIxLjVIMTdaIiBmaWxsPSIjMzc0NzRmIi8+CiAgPHBhdGggZD0iTTIgNUgyMlYxMy41SDJaIiBmaWxsPSIjYzYyODI4Ii8+CiAgPHBhdGggZD0iTTYuNCA1SDkuNkw1LjIgMTMuNUgyWk0xMyA1SDE2LjJMMTEuOCAxMy41SDguNlpNMTkuNiA1SDIyTDIyIDUuOEwxNy44IDEzLjVIMTUuMloiIGZpbGw9IiNmZmZmZmYiLz4KPC9zdmc+Cg==" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+Um9hZCBibG9jazogcmVkIGFuZCB3aGl0ZSBzdHJpcGVkIGJhcnJpZXIgb24gdHdvIGxlZ3M8L3RpdGxlPgogIDxnIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIzIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj4KICAgIDxwYXRoIGQ9Ik0yIDVIMjJWMTMuNUgyWiIvPgogICAgPHBhdGggZD0iTTQgMTMuNUg3VjIxLjVINFpNMTcgMTMuNUgyMFYyMS41SDE3WiIvPgogIDwvZz4KICA8cGF0aCBkPSJNNCAxMy41SDdWMjEuNUg0Wk0xNyAxMy41SDIwVjIxLjVIMTdaIiBmaWxsPSIjMzc0NzRmIi8+CiAgPHBhdGggZD0iTTIgNUgyMlYxMy41SDJaIiBmaWxsPSIjYzYyODI4Ii8+CiAgPHBhdGggZD0iTTYuNCA1SDkuNkw1LjIgMTMuNUgyWk0xMyA1SDE2LjJMMTEuOCAxMy41SDguNlpNMTkuNiA1SDIyTDIyIDUuOEwxNy44IDEzLjVIMTUuMloiIGZpbGw9IiNmZmZmZmYiLz4KPC9zdmc+Cg==" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="13" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+SW5jaWRlbnQgb3JpZ2luIChoYXphcmQgc291cmNlKTogeWVsbG93IHdhcm5pbmcgdHJpYW5nbGUgd2l0aCBhIGJsYWNrIGJvcmRlciBhbmQgZXhjbGFtYXRpb24gbWFyazwvdGl0bGU+CiAgPHBhdGggZD0iTTEyIDIuMkwyMi40IDIwLjhIMS42WiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KICA8cGF0aCBkPSJNMTIgMi4yTDIyLjQgMjAuOEgxLjZaIiBmaWxsPSIjZmZkNjAwIiBzdHJva2U9IiMxMTExMTEiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+CiAgPHBhdGggZD0iTTEyIDguMlYxNC4yIiBmaWxsPSJub25lIiBzdHJva2U9IiMxMTExMTEiIHN0cm9rZS13aWR0aD0iMi40IiBzdHJva2UtbGluZWNhcD0icm91bmQiLz4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjE3LjYiIHI9IjEuMzUiIGZpbGw9IiMxMTExMTEiLz4KPC9zdmc+Cg==" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+SW5jaWRlbnQgb3JpZ2luIChoYXphcmQgc291cmNlKTogeWVsbG93IHdhcm5pbmcgdHJpYW5nbGUgd2l0aCBhIGJsYWNrIGJvcmRlciBhbmQgZXhjbGFtYXRpb24gbWFyazwvdGl0bGU+CiAgPHBhdGggZD0iTTEyIDIuMkwyMi40IDIwLjhIMS42WiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KICA8cGF0aCBkPSJNMTIgMi4yTDIyLjQgMjAuOEgxLjZaIiBmaWxsPSIjZmZkNjAwIiBzdHJva2U9IiMxMTExMTEiIHN0cm9rZS13aWR0aD0iMS42IiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+CiAgPHBhdGggZD0iTTEyIDguMlYxNC4yIiBmaWxsPSJub25lIiBzdHJva2U9IiMxMTExMTEiIHN0cm9rZS13aWR0aD0iMi40IiBzdHJva2UtbGluZWNhcD0icm91bmQiLz4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjE3LjYiIHI9IjEuMzUiIGZpbGw9IiMxMTExMTEiLz4KPC9zdmc+Cg==" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="2" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+QWR2YW5jZWQgbWVkaWNhbCBwb3N0IChQTUEpOiBibHVlIHN0YXIgb2YgbGlmZSB3aXRoIHRoZSByb2Qgb2YgQXNjbGVwaXVzPC90aXRsZT4KICA8ZyBmaWxsPSIjZmZmZmZmIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMyIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCI+CiAgICA8cmVjdCB4PSI5LjUiIHk9IjEuNiIgd2lkdGg9IjUiIGhlaWdodD0iMjAuOCIvPgogICAgPHJlY3QgeD0iOS41IiB5PSIxLjYiIHdpZHRoPSI1IiBoZWlnaHQ9IjIwLjgiIHRyYW5zZm9ybT0icm90YXRlKDYwIDEyIDEyKSIvPgogICAgPHJlY3QgeD0iOS41IiB5PSIxLjYiIHdpZHRoPSI1IiBoZWlnaHQ9IjIwLjgiIHRyYW5zZm9ybT0icm90YXRlKC02MCAxMiAxMikiLz4KICA8L2c+CiAgPGcgZmlsbD0iIzAwNTdiOCI+CiAgICA8cmVjdCB4PSI5LjUiIHk9IjEuNiIgd2lkdGg9IjUiIGhlaWdodD0iMjAuOCIvPgogICAgPHJlY3QgeD0iOS41IiB5PSIxLjYiIHdpZHRoPSI1IiBoZWlnaHQ9IjIwLjgiIHRyYW5zZm9ybT0icm90YXRlKDYwIDEyIDEyKSIvPgogICAgPHJlY3QgeD0iOS41IiB5PSIxLjYiIHdpZHRoPSI1IiBoZWlnaHQ9IjIwLjgiIHRyYW5zZm9ybT0icm90YXRlKC02MCAxMiAxMikiLz4KICA8L2c+CiAgPGcgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2UtbGluZWNhcD0icm91bmQiPgogICAgPHBhdGggZD0iTTEyIDQuNVYxOS41IiBzdHJva2Utd2lkdGg9IjEuNiIvPgogICAgPHBhdGggZD0iTTEzLjYgNy42QzEwLjQgOC42IDEwLjQgMTAuMiAxMiAxMVMxMy42IDEzLjQgMTAuNiAxNC42IiBzdHJva2Utd2lkdGg9IjEuMSIvPgogIDwvZz4KPC9zdmc+Cg==" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+QWR2YW5jZWQgbWVkaWNhbCBwb3N0IChQTUEpOiBibHVlIHN0YXIgb2YgbGlmZSB3aXRoIHRoZSByb2Qgb2YgQXNjbGVwaXVzPC90aXRsZT4KICA8ZyBmaWxsPSIjZmZmZmZmIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMyIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCI+CiAgICA8cmVjdCB4PSI5LjUiIHk9IjEuNiIgd2lkdGg9IjUiIGhlaWdodD0iMjAuOCIvPgogICAgPHJlY3QgeD0iOS41IiB5PSIxLjYiIHdpZHRoPSI1IiBoZWlnaHQ9IjIwLjgiIHRyYW5zZm9ybT0icm90YXRlKDYwIDEyIDEyKSIvPgogICAgPHJlY3QgeD0iOS41IiB5PSIxLjYiIHdpZHRoPSI1IiBoZWlnaHQ9IjIwLjgiIHRyYW5zZm9ybT0icm90YXRlKC02MCAxMiAxMikiLz4KICA8L2c+CiAgPGcgZmlsbD0iIzAwNTdiOCI+CiAgICA8cmVjdCB4PSI5LjUiIHk9IjEuNiIgd2lkdGg9IjUiIGhlaWdodD0iMjAuOCIvPgogICAgPHJlY3QgeD0iOS41IiB5PSIxLjYiIHdpZHRoPSI1IiBoZWlnaHQ9IjIwLjgiIHRyYW5zZm9ybT0icm90YXRlKDYwIDEyIDEyKSIvPgogICAgPHJlY3QgeD0iOS41IiB5PSIxLjYiIHdpZHRoPSI1IiBoZWlnaHQ9IjIwLjgiIHRyYW5zZm9ybT0icm90YXRlKC02MCAxMiAxMikiLz4KICA8L2c+CiAgPGcgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2UtbGluZWNhcD0icm91bmQiPgogICAgPHBhdGggZD0iTTEyIDQuNVYxOS41IiBzdHJva2Utd2lkdGg9IjEuNiIvPgogICAgPHBhdGggZD0iTTEzLjYgNy42QzEwLjQgOC42IDEwLjQgMTAuMiAxMiAxMVMxMy42IDEzLjQgMTAuNiAxNC42IiBzdHJva2Utd2lkdGg9IjEuMSIvPgogIDwvZz4KPC9zdmc+Cg==" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="3" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+VHJpYWdlIC8gdHJhbnNmZXIgcG9pbnQ6IHRlYWwgaW52ZXJ0ZWQgdHJpYW5nbGUsIGxldHRlciBUPC90aXRsZT4KICA8cGF0aCBkPSJNMiAzLjVIMjJMMTIgMjEuNVoiIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIzIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+CiAgPHBhdGggZD0iTTIgMy41SDIyTDEyIDIxLjVaIiBmaWxsPSIjMDA2OTVjIi8+CiAgPHBhdGggZD0iTTcuNSA3SDE2LjVNMTIgN1YxNC41IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMi4zIi8+Cjwvc3ZnPgo=" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+VHJpYWdlIC8gdHJhbnNmZXIgcG9pbnQ6IHRlYWwgaW52ZXJ0ZWQgdHJpYW5nbGUsIGxldHRlciBUPC90aXRsZT4KICA8cGF0aCBkPSJNMiAzLjVIMjJMMTIgMjEuNVoiIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIzIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+CiAgPHBhdGggZD0iTTIgMy41SDIyTDEyIDIxLjVaIiBmaWxsPSIjMDA2OTVjIi8+CiAgPHBhdGggZD0iTTcuNSA3SDE2LjVNMTIgN1YxNC41IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMi4zIi8+Cjwvc3ZnPgo=" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="4" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+QW1idWxhbmNlIHBhcms6IGdyZWVuIGFtYnVsYW5jZSB3aXRoIGEgd2hpdGUgY3Jvc3M8L3RpdGxlPgogIDxnIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIzIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj4KICAgIDxwYXRoIGQ9Ik0yIDUuNUgxNS41VjlIMTguOEwyMiAxMi44VjE3LjVIMloiLz4KICAgIDxjaXJjbGUgY3g9IjYuNSIgY3k9IjE4IiByPSIyLjYiLz4KICAgIDxjaXJjbGUgY3g9IjE3LjUiIGN5PSIxOCIgcj0iMi42Ii8+CiAgPC9nPgogIDxnIGZpbGw9IiMyZTdkMzIiPgogICAgPHBhdGggZD0iTTIgNS41SDE1LjVWOUgxOC44TDIyIDEyLjhWMTcuNUgyWiIvPgogICAgPGNpcmNsZSBjeD0iNi41IiBjeT0iMTgiIHI9IjIuNiIvPgogICAgPGNpcmNsZSBjeD0iMTcuNSIgY3k9IjE4IiByPSIyLjYiLz4KICA8L2c+CiAgPHBhdGggZD0iTTguNyA3LjZWMTQuNE01LjMgMTFIMTIuMSIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjIuMiIvPgogIDxwYXRoIGQ9Ik0xNi40IDEwLjRIMTguM0wyMC4yIDEyLjhIMTYuNFoiIGZpbGw9IiNmZmZmZmYiLz4KPC9zdmc+Cg==" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+QW1idWxhbmNlIHBhcms6IGdyZWVuIGFtYnVsYW5jZSB3aXRoIGEgd2hpdGUgY3Jvc3M8L3RpdGxlPgogIDxnIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIzIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj4KICAgIDxwYXRoIGQ9Ik0yIDUuNUgxNS41VjlIMTguOEwyMiAxMi44VjE3LjVIMloiLz4KICAgIDxjaXJjbGUgY3g9IjYuNSIgY3k9IjE4IiByPSIyLjYiLz4KICAgIDxjaXJjbGUgY3g9IjE3LjUiIGN5PSIxOCIgcj0iMi42Ii8+CiAgPC9nPgogIDxnIGZpbGw9IiMyZTdkMzIiPgogICAgPHBhdGggZD0iTTIgNS41SDE1LjVWOUgxOC44TDIyIDEyLjhWMTcuNUgyWiIvPgogICAgPGNpcmNsZSBjeD0iNi41IiBjeT0iMTgiIHI9IjIuNiIvPgogICAgPGNpcmNsZSBjeD0iMTcuNSIgY3k9IjE4IiByPSIyLjYiLz4KICA8L2c+CiAgPHBhdGggZD0iTTguNyA3LjZWMTQuNE01LjMgMTFIMTIuMSIgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjIuMiIvPgogIDxwYXRoIGQ9Ik0xNi40IDEwLjRIMTguM0wyMC4yIDEyLjhIMTYuNFoiIGZpbGw9IiNmZmZmZmYiLz4KPC9zdmc+Cg==" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="5" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+VmljdGltIGFuZCBpbnZvbHZlZC1wZXJzb25zIHJlY2VwdGlvbiBjZW50cmU6IG1hZ2VudGEgaGVhcnQ8L3RpdGxlPgogIDxwYXRoIGQ9Ik0xMiAyMS41QzUgMTYuNSAyIDEzIDIgOC42QzIgNS40IDQuNCAzIDcuMyAzQzkuNCAzIDExIDQuMiAxMiA2QzEzIDQuMiAxNC42IDMgMTYuNyAzQzE5LjYgMyAyMiA1LjQgMjIgOC42QzIyIDEzIDE5IDE2LjUgMTIgMjEuNVoiIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIzIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+CiAgPHBhdGggZD0iTTEyIDIxLjVDNSAxNi41IDIgMTMgMiA4LjZDMiA1LjQgNC40IDMgNy4zIDNDOS40IDMgMTEgNC4yIDEyIDZDMTMgNC4yIDE0LjYgMyAxNi43IDNDMTkuNiAzIDIyIDUuNCAyMiA4LjZDMjIgMTMgMTkgMTYuNSAxMiAyMS41WiIgZmlsbD0iI2MyMTg1YiIvPgogIDxnIGZpbGw9IiNmZmZmZmYiPgogICAgPGNpcmNsZSBjeD0iMTIiIGN5PSI4LjgiIHI9IjEuOSIvPgogICAgPHBhdGggZD0iTTguNiAxNS42QzguNiAxMi42IDEwIDExLjQgMTIgMTEuNFMxNS40IDEyLjYgMTUuNCAxNS42WiIvPgogIDwvZz4KPC9zdmc+Cg==" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+VmljdGltIGFuZCBpbnZvbHZlZC1wZXJzb25zIHJlY2VwdGlvbiBjZW50cmU6IG1hZ2VudGEgaGVhcnQ8L3RpdGxlPgogIDxwYXRoIGQ9Ik0xMiAyMS41QzUgMTYuNSAyIDEzIDIgOC42QzIgNS40IDQuNCAzIDcuMyAzQzkuNCAzIDExIDQuMiAxMiA2QzEzIDQuMiAxNC42IDMgMTYuNyAzQzE5LjYgMyAyMiA1LjQgMjIgOC42QzIyIDEzIDE5IDE2LjUgMTIgMjEuNVoiIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIzIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+CiAgPHBhdGggZD0iTTEyIDIxLjVDNSAxNi41IDIgMTMgMiA4LjZDMiA1LjQgNC40IDMgNy4zIDNDOS40IDMgMTEgNC4yIDEyIDZDMTMgNC4yIDE0LjYgMyAxNi43IDNDMTkuNiAzIDIyIDUuNCAyMiA4LjZDMjIgMTMgMTkgMTYuNSAxMiAyMS41WiIgZmlsbD0iI2MyMTg1YiIvPgogIDxnIGZpbGw9IiNmZmZmZmYiPgogICAgPGNpcmNsZSBjeD0iMTIiIGN5PSI4LjgiIHI9IjEuOSIvPgogICAgPHBhdGggZD0iTTguNiAxNS42QzguNiAxMi42IDEwIDExLjQgMTIgMTEuNFMxNS40IDEyLjYgMTUuNCAxNS42WiIvPgogIDwvZz4KPC9zdmc+Cg==" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="6" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+RXZhY3VhdGlvbiAvIHNoZWx0ZXIgY2VudHJlOiBicm93biBob3VzZSB3aXRoIGEgYmVkPC90aXRsZT4KICA8cGF0aCBkPSJNMTIgMkwyMi41IDExLjVIMTkuNVYyMS41SDQuNVYxMS41SDEuNVoiIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIzIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+CiAgPHBhdGggZD0iTTEyIDJMMjIuNSAxMS41SDE5LjVWMjEuNUg0LjVWMTEuNUgxLjVaIiBmaWxsPSIjNzk1NTQ4Ii8+CiAgPGcgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuOCI+CiAgICA8cGF0aCBkPSJNNyAxMlYxOS41TTcgMTYuNkgxN1YxOS41Ii8+CiAgPC9nPgogIDxnIGZpbGw9IiNmZmZmZmYiPgogICAgPGNpcmNsZSBjeD0iOS40IiBjeT0iMTQuMiIgcj0iMS40Ii8+CiAgICA8cGF0aCBkPSJNMTEuMiAxM0gxNi40QTEgMSAwIDAgMSAxNy40IDE0VjE1LjZIMTEuMloiLz4KICA8L2c+Cjwvc3ZnPgo=" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+RXZhY3VhdGlvbiAvIHNoZWx0ZXIgY2VudHJlOiBicm93biBob3VzZSB3aXRoIGEgYmVkPC90aXRsZT4KICA8cGF0aCBkPSJNMTIgMkwyMi41IDExLjVIMTkuNVYyMS41SDQuNVYxMS41SDEuNVoiIGZpbGw9IiNmZmZmZmYiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIzIiBzdHJva2UtbGluZWpvaW49InJvdW5kIi8+CiAgPHBhdGggZD0iTTEyIDJMMjIuNSAxMS41SDE5LjVWMjEuNUg0LjVWMTEuNUgxLjVaIiBmaWxsPSIjNzk1NTQ4Ii8+CiAgPGcgZmlsbD0ibm9uZSIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjEuOCI+CiAgICA8cGF0aCBkPSJNNyAxMlYxOS41TTcgMTYuNkgxN1YxOS41Ii8+CiAgPC9nPgogIDxnIGZpbGw9IiNmZmZmZmYiPgogICAgPGNpcmNsZSBjeD0iOS40IiBjeT0iMTQuMiIgcj0iMS40Ii8+CiAgICA8cGF0aCBkPSJNMTEuMiAxM0gxNi40QTEgMSAwIDAgMSAxNy40IDE0VjE1LjZIMTEuMloiLz4KICA8L2c+Cjwvc3ZnPgo=" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="7" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+UmVncm91cG1lbnQgcG9pbnQgZm9yIHJlc3BvbmRlcnM6IG9yYW5nZSBmb3VyLXBvaW50ZWQgc3RhciB3aXRoIGEgcmluZzwvdGl0bGU+CiAgPHBhdGggZD0iTTEyIDEuNUwxNS43IDguM0wyMi41IDEyTDE1LjcgMTUuN0wxMiAyMi41TDguMyAxNS43TDEuNSAxMkw4LjMgOC4zWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjMiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KICA8cGF0aCBkPSJNMTIgMS41TDE1LjcgOC4zTDIyLjUgMTJMMTUuNyAxNS43TDEyIDIyLjVMOC4zIDE1LjdMMS41IDEyTDguMyA4LjNaIiBmaWxsPSIjZTY1MTAwIi8+CiAgPGNpcmNsZSBjeD0iMTIiIGN5PSIxMiIgcj0iMi43IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS43Ii8+Cjwvc3ZnPgo=" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+UmVncm91cG1lbnQgcG9pbnQgZm9yIHJlc3BvbmRlcnM6IG9yYW5nZSBmb3VyLXBvaW50ZWQgc3RhciB3aXRoIGEgcmluZzwvdGl0bGU+CiAgPHBhdGggZD0iTTEyIDEuNUwxNS43IDguM0wyMi41IDEyTDE1LjcgMTUuN0wxMiAyMi41TDguMyAxNS43TDEuNSAxMkw4LjMgOC4zWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjMiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KICA8cGF0aCBkPSJNMTIgMS41TDE1LjcgOC4zTDIyLjUgMTJMMTUuNyAxNS43TDEyIDIyLjVMOC4zIDE1LjdMMS41IDEyTDguMyA4LjNaIiBmaWxsPSIjZTY1MTAwIi8+CiAgPGNpcmNsZSBjeD0iMTIiIGN5PSIxMiIgcj0iMi43IiBmaWxsPSJub25lIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMS43Ii8+Cjwvc3ZnPgo=" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="8" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+U3RhZ2luZyBhcmVhIGZvciBtZWFuczogb2xpdmUgYXJyb3cgdGFnLCBsZXR0ZXIgUzwvdGl0bGU+CiAgPHBhdGggZD0iTTIgNUgxNS41TDIyLjUgMTJMMTUuNSAxOUgyWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjMiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KICA8cGF0aCBkPSJNMiA1SDE1LjVMMjIuNSAxMkwxNS41IDE5SDJaIiBmaWxsPSIjNWQ2YjEyIi8+CiAgPHBhdGggZD0iTTEzLjQgOC44QzEyLjkgOCAxMiA3LjYgMTAuOCA3LjZDOS4yIDcuNiA4LjEgOC41IDguMSA5LjhDOC4xIDEyLjYgMTMuNiAxMS40IDEzLjYgMTQuMkMxMy42IDE1LjUgMTIuNCAxNi40IDEwLjggMTYuNEM5LjUgMTYuNCA4LjUgMTUuOSA3LjkgMTUiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIyLjEiLz4KPC9zdmc+Cg==" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+U3RhZ2luZyBhcmVhIGZvciBtZWFuczogb2xpdmUgYXJyb3cgdGFnLCBsZXR0ZXIgUzwvdGl0bGU+CiAgPHBhdGggZD0iTTIgNUgxNS41TDIyLjUgMTJMMTUuNSAxOUgyWiIgZmlsbD0iI2ZmZmZmZiIgc3Ryb2tlPSIjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjMiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz4KICA8cGF0aCBkPSJNMiA1SDE1LjVMMjIuNSAxMkwxNS41IDE5SDJaIiBmaWxsPSIjNWQ2YjEyIi8+CiAgPHBhdGggZD0iTTEzLjQgOC44QzEyLjkgOCAxMiA3LjYgMTAuOCA3LjZDOS4yIDcuNiA4LjEgOC41IDguMSA5LjhDOC4xIDEyLjYgMTMuNiAxMS40IDEzLjYgMTQuMkMxMy42IDE1LjUgMTIuNCAxNi40IDEwLjggMTYuNEM5LjUgMTYuNCA4LjUgMTUuOSA3LjkgMTUiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIyLjEiLz4KPC9zdmc+Cg==" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
   <symbol alpha="0.6" clip_to_extent="1" force_rhr="0" name="9" type="marker">
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
      <Option name="color" type="QString" value="255,255,255,153" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="joinstyle" type="QString" value="bevel" />
      <Option name="name" type="QString" value="circle" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="55,71,79,255" />
      <Option name="outline_style" type="QString" value="dash" />
      <Option name="outline_width" type="QString" value="0.4" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="7.6" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="cap_style" v="square" />
     <prop k="color" v="255,255,255,153" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="joinstyle" v="bevel" />
     <prop k="name" v="circle" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="55,71,79,255" />
     <prop k="outline_style" v="dash" />
     <prop k="outline_width" v="0.4" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="7.6" />
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
    <layer class="SvgMarker" enabled="1" locked="0" pass="0">
     <Option type="Map">
      <Option name="angle" type="QString" value="0" />
      <Option name="color" type="QString" value="0,0,0,255" />
      <Option name="fixedAspectRatio" type="QString" value="0" />
      <Option name="horizontal_anchor_point" type="QString" value="1" />
      <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+UHJlc3MgcG9pbnQ6IHB1cnBsZSBzcGVlY2ggYnViYmxlIHdpdGggYSBtaWNyb3Bob25lPC90aXRsZT4KICA8cGF0aCBkPSJNNCAyLjVIMjBRMjIgMi41IDIyIDQuNVYxNFEyMiAxNiAyMCAxNkgxMS41TDYgMjEuNVYxNkg0UTIgMTYgMiAxNFY0LjVRMiAyLjUgNCAyLjVaIiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMyIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgogIDxwYXRoIGQ9Ik00IDIuNUgyMFEyMiAyLjUgMjIgNC41VjE0UTIyIDE2IDIwIDE2SDExLjVMNiAyMS41VjE2SDRRMiAxNiAyIDE0VjQuNVEyIDIuNSA0IDIuNVoiIGZpbGw9IiM2YTFiOWEiLz4KICA8cmVjdCB4PSIxMC4zIiB5PSI0LjYiIHdpZHRoPSIzLjQiIGhlaWdodD0iNi40IiByeD0iMS43IiBmaWxsPSIjZmZmZmZmIi8+CiAgPHBhdGggZD0iTTguMyA5LjJBMy43IDMuNyAwIDAgMCAxNS43IDkuMk0xMiAxMi45VjE0LjMiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjQiLz4KPC9zdmc+Cg==" />
      <Option name="offset" type="QString" value="0,0" />
      <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="offset_unit" type="QString" value="MM" />
      <Option name="outline_color" type="QString" value="0,0,0,255" />
      <Option name="outline_width" type="QString" value="0.2" />
      <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="outline_width_unit" type="QString" value="MM" />
      <Option name="parameters" />
      <Option name="scale_method" type="QString" value="diameter" />
      <Option name="size" type="QString" value="6.35" />
      <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
      <Option name="size_unit" type="QString" value="MM" />
      <Option name="vertical_anchor_point" type="QString" value="1" />
     </Option>
     <prop k="angle" v="0" />
     <prop k="color" v="0,0,0,255" />
     <prop k="fixedAspectRatio" v="0" />
     <prop k="horizontal_anchor_point" v="1" />
     <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij4KICA8dGl0bGU+UHJlc3MgcG9pbnQ6IHB1cnBsZSBzcGVlY2ggYnViYmxlIHdpdGggYSBtaWNyb3Bob25lPC90aXRsZT4KICA8cGF0aCBkPSJNNCAyLjVIMjBRMjIgMi41IDIyIDQuNVYxNFEyMiAxNiAyMCAxNkgxMS41TDYgMjEuNVYxNkg0UTIgMTYgMiAxNFY0LjVRMiAyLjUgNCAyLjVaIiBmaWxsPSIjZmZmZmZmIiBzdHJva2U9IiNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMyIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCIvPgogIDxwYXRoIGQ9Ik00IDIuNUgyMFEyMiAyLjUgMjIgNC41VjE0UTIyIDE2IDIwIDE2SDExLjVMNiAyMS41VjE2SDRRMiAxNiAyIDE0VjQuNVEyIDIuNSA0IDIuNVoiIGZpbGw9IiM2YTFiOWEiLz4KICA8cmVjdCB4PSIxMC4zIiB5PSI0LjYiIHdpZHRoPSIzLjQiIGhlaWdodD0iNi40IiByeD0iMS43IiBmaWxsPSIjZmZmZmZmIi8+CiAgPHBhdGggZD0iTTguMyA5LjJBMy43IDMuNyAwIDAgMCAxNS43IDkuMk0xMiAxMi45VjE0LjMiIGZpbGw9Im5vbmUiIHN0cm9rZT0iI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIxLjQiLz4KPC9zdmc+Cg==" />
     <prop k="offset" v="0,0" />
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="offset_unit" v="MM" />
     <prop k="outline_color" v="0,0,0,255" />
     <prop k="outline_width" v="0.2" />
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
     <prop k="outline_width_unit" v="MM" />
     <prop k="parameters" v="" />
     <prop k="scale_method" v="diameter" />
     <prop k="size" v="6.35" />
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
  </symbols>
  <rotation />
  <sizescale />
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
   <placement centroidInside="0" centroidWhole="0" dist="0.5" distMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" fitInPolygonOnly="0" geometryGenerator="" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" layerType="UnknownGeometry" lineAnchorClipping="0" lineAnchorPercent="0.5" lineAnchorType="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" offsetType="1" offsetUnits="MM" overrunDistance="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" placement="6" placementFlags="10" polygonPlacementFlags="2" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" preserveRotation="1" priority="5" quadOffset="4" repeatDistance="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" rotationAngle="0" rotationUnit="AngleDegrees" xOffset="0" yOffset="0" />
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
        <Option name="Operational command post (PC-Ops)" type="QString" value="pc_ops" />
       </Option>
       <Option type="Map">
        <Option name="Coordination committee (CC)" type="QString" value="coordination_committee" />
       </Option>
       <Option type="Map">
        <Option name="Advanced medical post (PMA)" type="QString" value="advanced_medical_post" />
       </Option>
       <Option type="Map">
        <Option name="Triage / transfer point" type="QString" value="triage_point" />
       </Option>
       <Option type="Map">
        <Option name="Ambulance park" type="QString" value="ambulance_park" />
       </Option>
       <Option type="Map">
        <Option name="Victim and involved-persons reception centre" type="QString" value="reception_centre" />
       </Option>
       <Option type="Map">
        <Option name="Evacuation / shelter centre" type="QString" value="evacuation_centre" />
       </Option>
       <Option type="Map">
        <Option name="Regroupment point for responders" type="QString" value="regroupment_point" />
       </Option>
       <Option type="Map">
        <Option name="Staging area for means" type="QString" value="staging_area" />
       </Option>
       <Option type="Map">
        <Option name="Press point" type="QString" value="press_point" />
       </Option>
       <Option type="Map">
        <Option name="Helicopter landing zone" type="QString" value="helicopter_landing_zone" />
       </Option>
       <Option type="Map">
        <Option name="Decontamination point" type="QString" value="decontamination_point" />
       </Option>
       <Option type="Map">
        <Option name="Road block" type="QString" value="road_block" />
       </Option>
       <Option type="Map">
        <Option name="Incident origin (hazard source)" type="QString" value="incident_origin" />
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
 <layerGeometryType>0</layerGeometryType>
</qgis>
