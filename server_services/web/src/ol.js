// The parts of OpenLayers the situation view uses, as the global `ol` its modules expect (the shape of OpenLayers'
// full build, ol/dist/ol.js, which is ten times larger). `npm run build` writes build/ol.js from this file.
import "ol/ol.css";
import Collection from "ol/Collection.js";
import Feature from "ol/Feature.js";
import Map from "ol/Map.js";
import View from "ol/View.js";
import { ScaleLine, defaults as controlDefaults } from "ol/control.js";
import GeoJSON from "ol/format/GeoJSON.js";
import Point from "ol/geom/Point.js";
import Draw from "ol/interaction/Draw.js";
import Modify from "ol/interaction/Modify.js";
import Snap from "ol/interaction/Snap.js";
import Graticule from "ol/layer/Graticule.js";
import TileLayer from "ol/layer/Tile.js";
import VectorLayer from "ol/layer/Vector.js";
import { fromLonLat, toLonLat, transformExtent } from "ol/proj.js";
import VectorSource from "ol/source/Vector.js";
import XYZ from "ol/source/XYZ.js";
import CircleStyle from "ol/style/Circle.js";
import Fill from "ol/style/Fill.js";
import Icon from "ol/style/Icon.js";
import RegularShape from "ol/style/RegularShape.js";
import Stroke from "ol/style/Stroke.js";
import Style from "ol/style/Style.js";
import Text from "ol/style/Text.js";

window.ol = {
  Collection, Feature, Map, View,
  control: { ScaleLine, defaults: { defaults: controlDefaults } },
  format: { GeoJSON },
  geom: { Point },
  interaction: { Draw, Modify, Snap },
  layer: { Graticule, Tile: TileLayer, Vector: VectorLayer },
  proj: { fromLonLat, toLonLat, transformExtent },
  source: { Vector: VectorSource, XYZ },
  style: { Circle: CircleStyle, Fill, Icon, RegularShape, Stroke, Style, Text },
};
